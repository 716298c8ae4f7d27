import { WxCode, WxCodes, isWxCode, wxCategories, wxCategoryOf, wxError, wxMessage } from "./wx-errors.js";

declare const console: { log(text: string): void };

function handle(code: WxCode): string {
  switch (code) {
    case -1:
      return "retry";
    case WxCodes.OK:
      return "fine";
    case 40001:
      return "log in";
  }
}

const received: number = JSON.parse("-1");
console.log(JSON.stringify({
  known: [isWxCode(received), isWxCode(0), isWxCode(-2), isWxCode(1)],
  handled: isWxCode(received) ? handle(received) : "unknown",
  message: wxMessage(WxCodes.BUSY, { seconds: 5 }),
  name: wxError(-1).name,
  frozen: [wxCategories.system.frozen, wxCategories.auth.frozen],
  category: [wxCategoryOf(-1)?.id, wxCategoryOf(0)?.id, wxCategoryOf(49999)?.id, wxCategoryOf(-2)?.id ?? null],
}));
