import Link from 'next/link';
import './globals.css';

// Requests that never reach a locale (e.g. an unknown file path) land here.
export default function GlobalNotFound() {
  return (
    <html lang="ko">
      <body className="grid min-h-screen place-items-center bg-white p-8 text-zinc-900">
        <main className="text-center">
          <h1 className="text-2xl font-bold">404 · 페이지를 찾을 수 없어요</h1>
          <p className="mt-4">
            <Link className="text-brand-600 underline" href="/">
              홈으로 가기
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
