import { commentCounts } from '@/lib/community/comments';
import { apiError } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** GET /api/comments/counts?lessonIds=a,b — public comment counts for the course page. */
export async function GET(request: Request) {
  const ids = (new URL(request.url).searchParams.get('lessonIds') ?? '').split(',').filter(Boolean);
  if (ids.length === 0 || ids.length > 100)
    return apiError(400, 'invalid_request', 'lessonIds must list 1 to 100 lessons', 'lessonIds');
  return Response.json(await commentCounts(ids), { headers: { 'Cache-Control': 'no-store' } });
}
