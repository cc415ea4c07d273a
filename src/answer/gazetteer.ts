import type { Localized } from "../i18n/lang.js";

/**
 * Countries, regions and leaders people often ask about, in three languages, so that a
 * question naming one the briefing lacks ("What tariff will the US put on Thailand?") is
 * recognised as being about something else. Entries whose names a briefing's own entities
 * use are shadowed by the briefing's entity.
 */
export interface ExternalEntity {
  id: string;
  names: Localized<string[]>;
}

const E = (id: string, en: string[], ja: string[], vi: string[]): ExternalEntity => ({
  id,
  names: { en, ja, vi },
});

export const GAZETTEER: readonly ExternalEntity[] = [
  E("thailand", ["Thailand", "Thai", "Bangkok"], ["タイ", "タイ王国", "バンコク"], ["Thái Lan", "Bangkok"]),
  E(
    "north-korea",
    ["North Korea", "North Korean", "DPRK", "Pyongyang"],
    ["北朝鮮", "平壌"],
    ["Triều Tiên", "Bắc Triều Tiên", "Bình Nhưỡng"],
  ),
  E(
    "south-korea",
    ["South Korea", "Korea", "Korean", "South Korean", "Seoul", "ROK"],
    ["韓国", "大韓民国", "ソウル"],
    ["Hàn Quốc", "Nam Hàn", "Seoul"],
  ),
  E("france", ["France", "French", "Paris"], ["フランス", "パリ"], ["Pháp", "nước Pháp", "Paris"]),
  E("germany", ["Germany", "German", "Berlin"], ["ドイツ", "ベルリン"], ["nước Đức", "Berlin"]),
  E(
    "united-kingdom",
    ["United Kingdom", "UK", "Britain", "British", "England", "London"],
    ["イギリス", "英国", "ロンドン"],
    ["Vương quốc Anh", "nước Anh", "London"],
  ),
  E(
    "cambodia",
    ["Cambodia", "Cambodian", "Phnom Penh"],
    ["カンボジア", "プノンペン"],
    ["Campuchia", "Cam-pu-chia", "Phnom Penh"],
  ),
  E("laos", ["Laos", "Laotian", "Vientiane"], ["ラオス"], ["Lào", "Viêng Chăn"]),
  E("myanmar", ["Myanmar", "Burma", "Burmese"], ["ミャンマー"], ["Myanmar", "Miến Điện"]),
  E(
    "indonesia",
    ["Indonesia", "Indonesian", "Jakarta"],
    ["インドネシア", "ジャカルタ"],
    ["Indonesia", "In-đô-nê-xi-a", "Jakarta"],
  ),
  E("malaysia", ["Malaysia", "Malaysian", "Kuala Lumpur"], ["マレーシア"], ["Malaysia", "Ma-lai-xi-a"]),
  E("singapore", ["Singapore", "Singaporean"], ["シンガポール"], ["Singapore", "Xin-ga-po"]),
  E("india", ["India", "Indian", "New Delhi", "Delhi"], ["インド", "ニューデリー"], ["Ấn Độ", "New Delhi"]),
  E(
    "australia",
    ["Australia", "Australian", "Canberra"],
    ["オーストラリア", "豪州"],
    ["Úc", "Australia", "Ô-xtrây-li-a"],
  ),
  E("new-zealand", ["New Zealand"], ["ニュージーランド"], ["New Zealand"]),
  E(
    "russia",
    ["Russia", "Russian", "Moscow", "Kremlin"],
    ["ロシア", "モスクワ"],
    ["Nga", "nước Nga", "Mát-xcơ-va"],
  ),
  E("ukraine", ["Ukraine", "Ukrainian", "Kyiv", "Kiev"], ["ウクライナ"], ["Ukraine", "U-crai-na"]),
  E("taiwan", ["Taiwan", "Taiwanese", "Taipei"], ["台湾", "台北"], ["Đài Loan", "Đài Bắc"]),
  E("hong-kong", ["Hong Kong"], ["香港"], ["Hồng Kông"]),
  E("canada", ["Canada", "Canadian", "Ottawa"], ["カナダ"], ["Canada", "Ca-na-đa"]),
  E("mexico", ["Mexico", "Mexican"], ["メキシコ"], ["Mexico", "Mê-hi-cô"]),
  E("brazil", ["Brazil", "Brazilian"], ["ブラジル"], ["Brazil", "Bra-xin"]),
  E(
    "european-union",
    ["European Union", "EU", "Europe", "European", "Brussels"],
    ["欧州連合", "欧州", "ヨーロッパ"],
    ["Liên minh châu Âu", "EU", "châu Âu"],
  ),
  E("italy", ["Italy", "Italian", "Rome"], ["イタリア"], ["nước Ý", "Italia"]),
  E("spain", ["Spain", "Spanish", "Madrid"], ["スペイン"], ["Tây Ban Nha"]),
  E("israel", ["Israel", "Israeli"], ["イスラエル"], ["Israel", "Ít-xra-en"]),
  E("iran", ["Iran", "Iranian", "Tehran"], ["イラン"], ["Iran", "I-ran"]),
  E("saudi-arabia", ["Saudi Arabia", "Saudi"], ["サウジアラビア"], ["Ả Rập Xê Út"]),
  E("turkey", ["Turkey", "Turkish", "Türkiye"], ["トルコ"], ["Thổ Nhĩ Kỳ"]),
  E("pakistan", ["Pakistan", "Pakistani"], ["パキスタン"], ["Pakistan"]),
  E("bangladesh", ["Bangladesh"], ["バングラデシュ"], ["Bangladesh"]),
  E("mongolia", ["Mongolia", "Mongolian"], ["モンゴル"], ["Mông Cổ"]),
  E(
    "africa",
    ["Africa", "African", "South Africa", "Nigeria", "Egypt", "Kenya"],
    ["アフリカ", "南アフリカ", "エジプト"],
    ["châu Phi", "Nam Phi", "Ai Cập"],
  ),
  E(
    "argentina",
    ["Argentina", "Chile", "Peru", "Colombia"],
    ["アルゼンチン", "チリ", "ペルー"],
    ["Argentina", "Chile", "Peru"],
  ),
  E(
    "united-nations",
    ["United Nations", "UN", "NATO", "WTO", "IMF", "World Bank"],
    ["国連", "国際連合", "北大西洋条約機構", "世界貿易機関"],
    ["Liên Hợp Quốc", "NATO", "WTO"],
  ),
  E("asean", ["ASEAN"], ["東南アジア諸国連合", "アセアン"], ["ASEAN", "Hiệp hội các quốc gia Đông Nam Á"]),
  E("putin", ["Vladimir Putin", "Putin"], ["プーチン"], ["Putin", "Vladimir Putin"]),
  E("biden", ["Joe Biden", "Biden"], ["バイデン"], ["Biden", "Joe Biden"]),
  E("kishida", ["Fumio Kishida", "Kishida"], ["岸田", "岸田文雄"], ["Kishida", "Fumio Kishida"]),
  E("abe", ["Shinzo Abe", "Abe"], ["安倍", "安倍晋三"], ["Shinzo Abe"]),
  E("takaichi", ["Sanae Takaichi", "Takaichi"], ["高市", "高市早苗"], ["Takaichi", "Sanae Takaichi"]),
  E("kim-jong-un", ["Kim Jong Un", "Kim Jong-un"], ["金正恩"], ["Kim Jong-un", "Kim Jong Un"]),
  E("modi", ["Narendra Modi", "Modi"], ["モディ"], ["Modi", "Narendra Modi"]),
  E("macron", ["Emmanuel Macron", "Macron"], ["マクロン"], ["Macron"]),
  E("zelensky", ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"], ["ゼレンスキー"], ["Zelensky"]),
  E("musk", ["Elon Musk", "Musk"], ["イーロン・マスク", "マスク"], ["Elon Musk"]),
  E(
    "vo-van-thuong",
    ["Vo Van Thuong", "Nguyen Phu Trong", "Luong Cuong"],
    ["グエン・フー・チョン"],
    ["Võ Văn Thưởng", "Nguyễn Phú Trọng", "Lương Cường"],
  ),
  E(
    "ho-chi-minh-city",
    ["Ho Chi Minh City", "Saigon", "HCMC", "Da Nang", "Hai Phong"],
    ["ホーチミン", "ホーチミン市", "ダナン", "ハイフォン"],
    ["Thành phố Hồ Chí Minh", "TP.HCM", "Sài Gòn", "Đà Nẵng", "Hải Phòng"],
  ),
  E(
    "osaka",
    ["Osaka", "Kyoto", "Hiroshima", "Okinawa", "Hokkaido", "Nagoya", "Yokohama"],
    ["大阪", "京都", "広島", "沖縄", "北海道", "名古屋", "横浜"],
    ["Osaka", "Kyoto", "Hiroshima", "Okinawa"],
  ),
];
