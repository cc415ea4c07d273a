/**
 * Words that carry no topic: function words, question words and generic verbs. They are
 * left out of the index and of the question's content words (what a fact must cover).
 * Lists are folded (lower case, no diacritics) to match normalize.ts output.
 */
export const EN_STOP = new Set(
  `a an the and or but if of to in on at by for from with about as into onto over under than then
  is are was were be been being am do does did done doing has have had having will would shall should
  can could may might must ought
  what which who whom whose when where why how many much
  this that these those there here it its it's they them their theirs he him his she her hers we us our
  you your i me my mine
  any some each every all both either neither no not nor so such too very just also only
  there's what's who's where's when's how's
  tell say know think happen mean explain describe give get got please let lets
  s t d ll ve re m
  currently now ever still already yet finally eventually
  part kind sort type thing things something anything
  supposed expected going gonna likely actually exactly really
  source sources article articles outlet outlets version versions differ differs different media coverage
  during itself other
  people meaning definition define defined figure figures number numbers amount data statistic statistics`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * English words that frame a question rather than say what it is about ("quick check", "is it
 * true", "the reports mention", "the two governments", "part of the package"). They are
 * dropped from questions only: in a fact, "government" or "report" may be the topic.
 */
export const EN_QUESTION_STOP = new Set(
  `government governments sorry thanks thank hey ok okay btw check checking confirm verify correct
  right true wrong accurate heard hear wondering wonder curious remind recap memo file filing story
  colleague editor boss asking ask asked question answer need want understand clarify basically
  yeah yes pls thx same compare compared comparison versus vs specifics details package together
  mention mentioned mentions report reports reported next like else
  characterise characterize characterised characterized characterising characterizing meant intended`
    .split(/\s+/)
    .filter(Boolean),
);

/** Folded: entries that fold onto content words (bạn/Bản, đầu/đầu tư, giờ/gió, Lâm, Minh, Hồ, Đảng, Bí thư, tài) are left out. */
export const VI_STOP = new Set(
  `la cua va cac nhung duoc co khong gi nao bao nhieu the thi ma o trong cho voi ve den tu mot
  nay do da se boi rang nhu hay hoac sao ai khi vi de len ra vao lai con cung rat qua
  hien luc bay sau truoc tren duoi theo nen neu tung moi nhieu it hon nhat_dinh
  toi chung chi anh em ong ba ngai di ap danh hom giua
  hay xin vui long cho biet ke noi vay muon them`
    .split(/\s+/)
    .filter(Boolean),
);

/** Japanese function words and question words, as Intl.Segmenter('ja') cuts them. */
export const JA_STOP = new Set(
  `の は が を に へ で と も か や から まで より ね よ な だ た て
  です ます でした ました ですか ますか でしょう でしょうか だろう
  する した して される された され います いる いた ある あった あります ありました なる なった
  どの その この あの それ これ あれ 何 なに なん いくら いつ 誰 だれ どなた どこ なぜ どう どれ どんな
  どのよう どのように ように よう について に対して 対して による によって という こと もの
  教え 教えて ください 下さい 知り たい ください か？ 約 人 月 日 年 以外 今後 ほか 他
  くらい ぐらい ほど らしい みたい 両国 双方 として 挙げ 挙げられ 挙がっ 聞き 聞いた 正しい 本当 確認 具体 具体的 具体的に 数 相手`
    .split(/\s+/)
    .filter(Boolean),
);
