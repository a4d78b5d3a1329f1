import { describe, expect, it } from 'vitest';
import { findStepByParam, slugify, stepParams } from './step-slug';

describe('step slugs', () => {
  it('makes URL words of names, accents and punctuation included', () => {
    expect(slugify('Read the menu')).toBe('read-the-menu');
    expect(slugify('  Café: pay & go! ')).toBe('cafe-pay-go');
    expect(slugify('')).toBe('');
  });

  it('uses the slug only when it names one step, and ids still find steps', () => {
    const steps = [
      { id: 'a1', title: 'Order' },
      { id: 'b2', title: 'Pay' },
      { id: 'c3', title: 'Pay' },
      { id: 'd4', title: '' },
    ];
    expect([...stepParams(steps).values()]).toEqual(['order', 'b2', 'c3', 'd4']);
    expect(findStepByParam(steps, 'order')).toBe('a1');
    expect(findStepByParam(steps, 'c3')).toBe('c3');
    expect(findStepByParam(steps, 'pay')).toBeNull();
    expect(findStepByParam(steps, null)).toBeNull();
  });
});
