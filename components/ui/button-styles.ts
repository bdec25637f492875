// One look for the main action button, so pages do not drift apart. Full class
// strings on purpose: Tailwind finds classes by reading the source.

/** The main action of a form or section. */
export const primaryButton =
  'rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60';

/** An action that cannot be undone (deleting an account). */
export const dangerButton =
  'rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60';
