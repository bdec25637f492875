import { z } from 'zod';
import { currentUser } from '@/lib/auth';
import { setFollowing } from '@/lib/community/notifications';

import { apiError, parseJsonInput } from '@/lib/http';

const followSchema = z.object({
  lessonId: z.string().min(1).max(200),
  follow: z.boolean({ error: 'follow must be true or false' }),
});

/** PUT /api/follows { lessonId, follow } — reply notifications for a lesson's thread. */
export async function PUT(request: Request) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to follow a thread');
  const parsed = await parseJsonInput(request, followSchema);
  if (!parsed.ok) return parsed.response;
  if (!(await setFollowing(user.id, parsed.value.lessonId, parsed.value.follow)))
    return apiError(404, 'lesson_not_found', 'no such lesson', 'lessonId');
  return Response.json({ following: parsed.value.follow });
}
