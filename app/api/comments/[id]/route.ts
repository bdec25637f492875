import { currentUser } from '@/lib/auth';
import { deleteComment, editComment } from '@/lib/community/comments';
import { editCommentSchema } from '@/lib/community/schemas';
import { apiError, errorResponse, parseJsonInput } from '@/lib/http';

type Context = { params: Promise<{ id: string }> };

/** PATCH /api/comments/:id { body } — the author only; anyone else gets 403. */
export async function PATCH(request: Request, { params }: Context) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to edit comments');
  const parsed = await parseJsonInput(request, editCommentSchema);
  if (!parsed.ok) return parsed.response;
  const result = await editComment(user, (await params).id, parsed.value.body);
  return result.ok ? Response.json({ ok: true }) : errorResponse(result.error);
}

/** DELETE /api/comments/:id — the author only; anyone else gets 403. */
export async function DELETE(_request: Request, { params }: Context) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in to delete comments');
  const result = await deleteComment(user, (await params).id);
  return result.ok ? Response.json({ ok: true }) : errorResponse(result.error);
}
