export {
  type Expansion,
  type ExplorerState,
  expand,
  type Filters,
  focusOn,
  INITIAL_STATE,
  isExpanded,
  LANGUAGES,
  type Lang,
  type ReaderState,
  type Selection,
  VIEWS,
  type View,
} from './state.ts';
export { decodeState, encodeState } from './url.ts';
