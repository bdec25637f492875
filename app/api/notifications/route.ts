import { currentUser } from '@/lib/auth';
import { listNotifications } from '@/lib/community/notifications';
import { apiError } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** GET /api/notifications — the bell: unread count and the latest items. */
export async function GET() {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to see notifications');
  return Response.json(await listNotifications(user.id), {
    headers: { 'Cache-Control': 'private, no-store' },
  });
}
