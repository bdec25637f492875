import { z } from 'zod';
import { currentUser } from '@/lib/auth';
import { markNotificationsRead } from '@/lib/community/notifications';

import { apiError, parseJsonInput } from '@/lib/http';

const readSchema = z.union(
  [
    z.object({ all: z.literal(true) }),
    z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(100) }),
  ],
  {
    error: 'send { all: true } or { ids: [...] }',
  },
);

/** POST /api/notifications/read { ids } | { all: true } */
export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  const parsed = await parseJsonInput(request, readSchema);
  if (!parsed.ok) return parsed.response;
  const result = await markNotificationsRead(
    user.id,
    'all' in parsed.value ? 'all' : parsed.value.ids,
  );
  if (!result.ok)
    return apiError(404, 'notification_not_found', 'no such notification of yours', 'ids', {
      ids: result.unknownIds.slice(0, 10),
    });
  return Response.json({ ok: true });
}
