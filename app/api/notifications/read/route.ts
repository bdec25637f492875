import { z } from 'zod';
import { currentUser } from '@/lib/auth';
import { markNotificationsRead } from '@/lib/community/notifications';
import { firstIssue } from '@/lib/community/schemas';
import { apiError, invalidInput, readJsonBody } from '@/lib/http';

const readSchema = z.union([z.object({ all: z.literal(true) }), z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(100) })], {
  error: 'send { all: true } or { ids: [...] }',
});

/** POST /api/notifications/read { ids } | { all: true } */
export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = readSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(firstIssue(parsed.error));
  await markNotificationsRead(user.id, 'all' in parsed.data ? 'all' : parsed.data.ids);
  return Response.json({ ok: true });
}
