import { currentUser } from '@/lib/auth';
import { loadProgress } from '@/lib/progress/server';

export const dynamic = 'force-dynamic';

/** The signed-in learner and their progress; `{ signedIn: false }` for visitors. Never cached. */
export async function GET() {
  const user = await currentUser();
  const headers = { 'Cache-Control': 'private, no-store' };
  if (!user) return Response.json({ signedIn: false }, { headers });
  const progress = await loadProgress(user.id);
  return Response.json(
    {
      signedIn: true,
      user: { name: user.name ?? null, email: user.email, role: user.role },
      ...progress,
    },
    { headers },
  );
}
