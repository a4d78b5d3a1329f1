/** A step of a template: its name and one line per default lane, in DEFAULT_LANES order (see `row`). */
export interface StepTemplate {
  title: string;
  /** Cell text by lane kind (`customer-does`, …); lanes left out start empty. */
  cells: Record<string, string>;
}

export interface ScriptTemplate {
  title: string;
  job: string;
  outcome: string;
  steps: StepTemplate[];
}

/** Plain data: a new board's (or a new script's) starting content. */
export interface BoardTemplate {
  id: string;
  name: string;
  /** One line shown next to the choice. */
  summary: string;
  scripts: ScriptTemplate[];
}

/** One step from its title and its six default-lane cells, in lane order, to keep the data files readable. */
export function row(title: string, does: string, knows: string, front: string, back: string, touch: string, pain: string): StepTemplate {
  return {
    title,
    cells: { 'customer-does': does, 'customer-knows': knows, 'staff-front': front, backstage: back, touchpoint: touch, 'pain-ideas': pain },
  };
}
