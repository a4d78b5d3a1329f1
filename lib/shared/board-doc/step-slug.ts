/** A step's name as a URL word: "Read the menu" → "read-the-menu"; empty for a step without a name. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * What `?step=` says for each step: its slug when that names only one step
 * of the script and cannot be mistaken for an id, else its id.
 */
export function stepParams(steps: ReadonlyArray<{ id: string; title: string }>): Map<string, string> {
  const counts = new Map<string, number>();
  const slugs = steps.map((s) => slugify(s.title));
  for (const slug of slugs) if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const ids = new Set(steps.map((s) => s.id));
  return new Map(steps.map((s, i) => [s.id, slugs[i] && counts.get(slugs[i]!) === 1 && !ids.has(slugs[i]!) ? slugs[i]! : s.id]));
}

/** The step a `?step=` value names: an id (old links keep working) or a slug. */
export function findStepByParam(steps: ReadonlyArray<{ id: string; title: string }>, param: string | null): string | null {
  if (!param) return null;
  if (steps.some((s) => s.id === param)) return param;
  for (const [id, value] of stepParams(steps)) if (value === param) return id;
  return null;
}
