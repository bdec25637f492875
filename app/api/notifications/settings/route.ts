import { z } from 'zod';
import { currentUser } from '@/lib/auth';
import { setEmailNotifications } from '@/lib/community/notifications';
import { firstIssue } from '@/lib/community/schemas';
import { apiError, invalidInput, readJsonBody } from '@/lib/http';

const settingsSchema = z.object({ email: z.boolean({ error: 'email must be true or false' }) });

/** PUT /api/notifications/settings { email } — reply e-mails on or off. */
export async function PUT(request: Request) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = settingsSchema.safeParse(body.value);
  if (!parsed.success) return invalidInput(firstIssue(parsed.error));
  await setEmailNotifications(user.id, parsed.data.email);
  return Response.json({ email: parsed.data.email });
}
