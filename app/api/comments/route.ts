import { currentUser } from '@/lib/auth';
import { createComment, listComments } from '@/lib/community/comments';
import { isFollowing } from '@/lib/community/notifications';
import { newCommentSchema } from '@/lib/community/schemas';
import { apiError, errorResponse, parseJsonInput } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** GET /api/comments?lessonId=course/lesson&order=newest|oldest — the thread as this viewer sees it. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const lessonId = params.get('lessonId');
  if (!lessonId || lessonId.length > 200)
    return apiError(400, 'invalid_request', 'lessonId is required', 'lessonId');
  const order = params.get('order') === 'oldest' ? 'oldest' : 'newest';
  const user = await currentUser();
  const [thread, following] = await Promise.all([
    listComments(lessonId, user, order),
    user ? isFollowing(user.id, lessonId) : Promise.resolve(false),
  ]);
  return Response.json(
    {
      ...thread,
      viewer: user ? { signedIn: true, role: user.role, following } : { signedIn: false },
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}

/** POST /api/comments { lessonId, body, parentId? } — signed-in learners only. */
export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to comment');
  const parsed = await parseJsonInput(request, newCommentSchema);
  if (!parsed.ok) return parsed.response;
  const result = await createComment(user, parsed.value);
  if (!result.ok) return errorResponse(result.error);
  return Response.json({ id: result.id }, { status: 201 });
}
