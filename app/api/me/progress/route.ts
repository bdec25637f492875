import { currentUser } from '@/lib/auth';
import { reviewsFor } from '@/lib/checks/server';
import { loadProgress } from '@/lib/progress/server';

export const dynamic = 'force-dynamic';

/** The signed-in learner, their progress and the checks to review; `{ signedIn: false }` for visitors. Never cached. */
export async function GET() {
  const user = await currentUser();
  const headers = { 'Cache-Control': 'private, no-store' };
  if (!user) return Response.json({ signedIn: false }, { headers });
  const [progress, reviews] = await Promise.all([loadProgress(user.id), reviewsFor(user.id)]);
  return Response.json(
    {
      signedIn: true,
      user: { name: user.name ?? null, email: user.email, role: user.role },
      ...progress,
      reviews,
    },
    { headers },
  );
}
