import { z } from 'zod';
import { currentUser } from '@/lib/auth';
import { setEmailNotifications } from '@/lib/community/notifications';

import { apiError, parseJsonInput } from '@/lib/http';

const settingsSchema = z.object({ email: z.boolean({ error: 'email must be true or false' }) });

/** PUT /api/notifications/settings { email } — reply e-mails on or off. */
export async function PUT(request: Request) {
  const user = await currentUser();
  if (!user) return apiError(401, 'unauthenticated', 'sign in first');
  const parsed = await parseJsonInput(request, settingsSchema);
  if (!parsed.ok) return parsed.response;
  await setEmailNotifications(user.id, parsed.value.email);
  return Response.json({ email: parsed.value.email });
}
