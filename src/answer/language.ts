import type { Lang } from "../i18n/lang.js";
import { fold } from "./normalize.js";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** Letters that occur in Vietnamese and (almost) nowhere else: ă â đ ê ô ơ ư and the dotted-below vowels. */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]|[àáèéìíòóùúýãẽĩõũ]/iu;
/** Common Vietnamese words, for questions typed without diacritics. */
const VIETNAMESE_WORDS =
  /\b(bao nhieu|khi nao|o dau|tai sao|vi sao|la gi|nhu the nao|the nao|co phai|nhat ban|viet nam|trung quoc|nguoi|duoc|khong|nhung|cua|voi|sinh vien|thue|hop tac|thu tuong|chu tich|ngoai khoi|dien gio|nhat viet|viet nhat|nang luong|ban dan|tien si|dau tu|quoc phong|an ninh|xuat khau|tong bi thu|hoi dam|doi tac|ky ket|van kien|thuong mai|kinh te|giao luu|nghien cuu sinh|tang cuong|gap|sang|hai nuoc|hai ben|ngay nao|nam nao|thang nao|luc nao|hom nao|vao|vay|ong|la ai|ai da|da gap|tro ve|bo truong|tai chinh|ha noi|di|gi|chua|tiep|sau khi|hien nay|bay gio|doanh nghiep|cong ty|ve lai|tro lai|ve nuoc|bao gio|hom nay|ban oi|tam hoan|tam dung|lam gi|o dau|nhu vay|ngay|may ngay|bao lau)\b/g;

/**
 * The language a question is written in: any kana or kanji → Japanese; Vietnamese letters on
 * a good share of the words, or several Vietnamese words typed without marks → Vietnamese;
 * otherwise English. A Vietnamese place name inside an English question stays English.
 */
export function detectLang(text: string): Lang {
  if (JAPANESE.test(text)) return "ja";
  const words = text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return "en";
  const marked = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  if (marked >= 2 && marked / words.length >= 0.3) return "vi";
  if (marked === 1 && words.length <= 3) return "vi";
  const folded = fold(text);
  const hits = folded.match(VIETNAMESE_WORDS)?.length ?? 0;
  if (hits >= 2) return "vi";
  return "en";
}
