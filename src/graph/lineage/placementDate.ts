import type { NodeProps } from '../../model/index.js';

/** The date a node is placed at on a timeline and compared with `asOf`: date, startDate, or year-01-01. */
export function placementDate(props: NodeProps): string | undefined {
  if (typeof props.date === 'string' && props.date) return props.date;
  if (typeof props.startDate === 'string' && props.startDate) return props.startDate;
  if (typeof props.year === 'number' && Number.isInteger(props.year)) {
    return `${String(props.year).padStart(4, '0')}-01-01`;
  }
  return undefined;
}

/** A document's date: the `date` of the Resolution node whose id is the document id. */
export function documentDate(props: NodeProps | undefined): string | undefined {
  return typeof props?.date === 'string' && props.date ? props.date : undefined;
}
