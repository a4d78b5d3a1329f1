import { z } from 'zod';
import { CAFE_TEMPLATE } from './cafe';
import { BANK_ACCOUNT, HOSPITAL_VISIT, ONLINE_RETURNS } from './services';
import type { BoardTemplate } from './types';

export type { BoardTemplate, ScriptTemplate, StepTemplate } from './types';

export const BLANK_TEMPLATE: BoardTemplate = {
  id: 'blank',
  name: 'Blank',
  summary: 'The six default lanes and one empty script of three steps.',
  scripts: [{ title: 'Main scenario', job: '', outcome: '', steps: [1, 2, 3].map(() => ({ title: '', cells: {} })) }],
};

export const TEMPLATES: readonly BoardTemplate[] = [BLANK_TEMPLATE, CAFE_TEMPLATE, ONLINE_RETURNS, HOSPITAL_VISIT, BANK_ACCOUNT];

export const TEMPLATE_IDS = ['blank', 'cafe-order', 'online-returns', 'hospital-outpatient', 'bank-account'] as const;
export const ZTemplateId = z.enum(TEMPLATE_IDS);
export type TTemplateId = z.infer<typeof ZTemplateId>;

export function findTemplate(id: string | null | undefined): BoardTemplate {
  return TEMPLATES.find((t) => t.id === id) ?? BLANK_TEMPLATE;
}

/** What the API lists: the choices without their content. */
export function templateSummaries() {
  return TEMPLATES.map(({ id, name, summary, scripts }) => ({ id, name, summary, scripts: scripts.map((s) => ({ title: s.title, steps: s.steps.length })) }));
}
