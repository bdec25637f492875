/**
 * Byte budgets per page, checked by tests/e2e/page-weight.spec.ts on every
 * run and printed by `npm run bench`.
 *
 * HTML: a lesson page's body and table of contents are sent once, as HTML
 * (lib/content/lesson-static.server.tsx), and its code blocks are compacted
 * (rehypeCompactCode): lesson 02 stays under 110 KB, the longer lessons
 * under 120 KB.
 *
 * JavaScript: Next.js 16 and React 19 alone load 131 KB gzipped on a page
 * with nothing of ours (a bare `create-next-app` page built with the same
 * versions), so no page can reach 100 KB. The budgets sit a little above
 * what each kind of page loads today, so any growth fails with the page and
 * its bytes named; lower them as code leaves the first load.
 */
const KB = 1024;

export interface PageBudget {
  htmlBytes?: number;
  jsGzipBytes: number;
}

export const LESSON_BUDGET: PageBudget = { htmlBytes: 120 * KB, jsGzipBytes: 160 * KB };
/** Lesson 02, the course's longest read about cost, with a budget of its own. */
export const LESSON_02_BUDGET: PageBudget = { htmlBytes: 110 * KB, jsGzipBytes: 160 * KB };
export const LESSON_02_PATH = '/courses/gemini-in-production/cost-routing';
export const PAGE_BUDGET: PageBudget = { htmlBytes: 60 * KB, jsGzipBytes: 155 * KB };
/**
 * The playground routes in the browser, but the router, its classifier and
 * its validation load after first paint (the live estimate, the exercise tab).
 */
export const PLAYGROUND_BUDGET: PageBudget = { htmlBytes: 60 * KB, jsGzipBytes: 165 * KB };
