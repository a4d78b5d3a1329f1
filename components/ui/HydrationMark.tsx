'use client';

import { useEffect } from 'react';

/**
 * Marks the page once React has hydrated it (`<html data-hydrated>`): before
 * that, a click on a server-rendered button does nothing. End-to-end tests
 * wait for the mark after full page loads.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
