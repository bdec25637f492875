/**
 * The ModelClient used when no GEMINI_API_KEY is configured: it calls nothing,
 * says so honestly (Korean and English), and costs nothing.
 */
import {
  ZERO_USAGE,
  type ModelCall,
  type ModelClient,
  type ModelResult,
  type StreamChunk,
} from './model-client';

export const OFFLINE_NOTICE_KO =
  '모델을 호출하지 않았습니다: 서버에 GEMINI_API_KEY가 설정되어 있지 않아 오프라인으로 동작 중입니다. 라우팅 결정과 예상 비용은 로컬에서 계산되었고, 실제 비용은 0원입니다.';
export const OFFLINE_NOTICE_EN =
  'No model was called: no GEMINI_API_KEY is configured on the server, so the playground runs offline. The routing decision and estimated cost were computed locally; the real cost is $0.';

/** The full offline answer for a call to `model`. */
export function offlineText(model: string): string {
  return `${OFFLINE_NOTICE_KO} (${model})\n\n${OFFLINE_NOTICE_EN} (${model})`;
}

export class OfflineModelClient implements ModelClient {
  readonly offline = true;

  async generate(call: ModelCall): Promise<ModelResult> {
    return { text: offlineText(call.model), usage: { ...ZERO_USAGE } };
  }

  async *stream(call: ModelCall): AsyncGenerator<StreamChunk, void, undefined> {
    yield { type: 'text', text: `${OFFLINE_NOTICE_KO} (${call.model})` };
    yield { type: 'text', text: `\n\n${OFFLINE_NOTICE_EN} (${call.model})` };
    yield { type: 'usage', usage: { ...ZERO_USAGE } };
  }
}
