import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  type Codes,
  type Institution,
  InstitutionSchema,
  type OrganizationEntry,
  type Organizations,
} from '../extract/knowledge/schema.js';

type ReadYaml = <T extends z.ZodTypeAny>(file: string, schema: T) => z.infer<T>;
type Fail = (message: string) => never;

/**
 * Read ingest/institutions/*.yaml (one institution each, file named after it), validated by zod. A missing
 * folder is no profile at all: the genre-level patterns of codes.yaml still apply.
 */
export function readInstitutions(dir: string, readYaml: ReadYaml, fail: Fail): Institution[] {
  const folder = join(dir, 'institutions');
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return files.map((name) => {
    const profile = readYaml(join(folder, name), InstitutionSchema);
    if (`${profile.institution}.yaml` !== name) {
      fail(`${join(folder, name)}: declares institution "${profile.institution}"; name the file after it`);
    }
    return profile;
  });
}

/**
 * Fold the profiles into the knowledge every stage reads: their families (with the profile's institution)
 * and references join codes.yaml's, organs defined in a profile join the gazetteer. Checks that every organ
 * named by reference exists in organizations.yaml and belongs to no other institution, and that every family
 * is adopted by one of its profile's organs.
 */
export function mergeInstitutions(
  codes: Codes,
  organizations: Organizations,
  profiles: readonly Institution[],
  fail: Fail,
): { codes: Codes; organizations: Organizations } {
  // Profiles first: where a genre-level family reads the same span, the institution's family names it.
  const families: Codes['families'] = [];
  const references: Codes['references'] = [];
  const entries: OrganizationEntry[] = [...organizations.organizations];
  for (const profile of profiles) {
    const where = `institutions/${profile.institution}.yaml`;
    const organKeys = new Set<string>();
    for (const organ of profile.organs) {
      if ('organization' in organ) {
        const entry = entries.find((o) => o.key === organ.organization);
        if (!entry) fail(`${where}: organ "${organ.organization}" is not in organizations.yaml`);
        if (entry.institution !== undefined && entry.institution !== profile.institution) {
          fail(`${where}: organ "${organ.organization}" belongs to institution "${entry.institution}"`);
        }
        organKeys.add(organ.organization);
      } else {
        if (entries.some((o) => o.key === organ.key)) {
          fail(`${where}: organ "${organ.key}" is already in organizations.yaml; name it by "organization:"`);
        }
        const { adopts: _adopts, citationNames: _names, ...entry } = organ;
        entries.push({ ...entry, institution: profile.institution });
        organKeys.add(organ.key);
      }
    }
    for (const family of profile.families) {
      // "*": the organ the opening formula names (a consultative committee of the CIPM, any of them).
      if (family.organ !== '*' && !organKeys.has(family.organ)) {
        fail(`${where}: rule ${family.id}: organ "${family.organ}" is not one of the profile's organs`);
      }
      families.push({ ...family, institution: profile.institution });
    }
    references.push(...profile.references);
  }
  return {
    codes: {
      ...codes,
      families: [...families, ...codes.families],
      references: [...references, ...codes.references],
    },
    organizations: { ...organizations, organizations: entries },
  };
}
