import { unsubscribeByToken } from '@/lib/community/notifications';

export const dynamic = 'force-dynamic';

const page = (title: string, body: string, status: number) =>
  new Response(
    `<!doctype html><html lang="ko"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1><p>${body}</p><p><a href="/">Stream</a></p></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );

/** The signed link in notification e-mails: turns reply e-mails off, no sign-in needed. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const ok = await unsubscribeByToken(params.get('u') ?? '', params.get('t') ?? '');
  return ok
    ? page(
        '알림 메일을 껐어요',
        '더 이상 답글 알림 메일을 보내지 않아요. 앱 안의 알림(🔔)은 그대로예요. / Reply e-mails are off.',
        200,
      )
    : page(
        '링크가 올바르지 않아요',
        '구독 해지 링크가 잘못됐거나 만료됐어요. / This unsubscribe link is not valid.',
        400,
      );
}
