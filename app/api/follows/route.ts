import { z } from 'zod';
import { currentUser } from '@/lib/auth';
import { setFollowing } from '@/lib/community/notifications';
import { firstIssue } from '@/lib/community/schemas';
import { apiError, invalidInput, readJsonBody } from '@/lib/http';

const followSchema = z.object({ lessonId: z.string().min(1).max(200), follow: z.boolean({ error: 'follow must be true or false' }) });

/** PUT /api/follows { lessonId, follow } — reply notifications for a lesson's thread. */
export async function PUT(request: Request) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to follow a thread');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = followSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(firstIssue(parsed.error));
  if (!(await setFollowing(user.id, parsed.data.lessonId, parsed.data.follow))) return apiError(404, 'lesson_not_found', 'no such lesson', 'lessonId');
  return Response.json({ following: parsed.data.follow });
}
