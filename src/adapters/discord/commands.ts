import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";

/**
 * The `/brief` application command, as registered with Discord: one command with a
 * subcommand per platform-neutral command, localized for Japanese and Vietnamese clients.
 * Discord's rules: names 1–32 chars of letters, digits, "-" or "_", lowercase where the
 * script has case; descriptions 1–100 chars. tests/discord/commands.test.ts checks them.
 */
export const BRIEF_COMMAND_NAME = "brief";

/** Subcommand names, in the order they are defined; the interaction carries these (English) names. */
export const SUBCOMMANDS = [
  "ask",
  "topics",
  "topic",
  "sources",
  "digest",
  "subscribe",
  "use",
  "briefings",
  "unsubscribe",
  "help",
] as const;
export type SubcommandName = (typeof SUBCOMMANDS)[number];

/**
 * The question option's limit, which the Discord client enforces before a request reaches us.
 * Above the 1,000 characters briefbot allows: Discord counts differently from the guard
 * (grapheme clusters of the trimmed text, as in the CLI and Slack), so the guard decides and
 * answers with its own message, the same everywhere.
 */
export const MAX_QUESTION_LENGTH = 4000;

type Localizations = { ja: string; vi: string };

interface Text {
  name: string;
  description: string;
  names: Localizations;
  descriptions: Localizations;
}

function localized(t: Text) {
  return {
    name: t.name,
    description: t.description,
    name_localizations: t.names,
    description_localizations: t.descriptions,
  };
}

const stringOption = (t: Text, required: boolean, maxLength: number) => ({
  type: ApplicationCommandOptionType.String as const,
  ...localized(t),
  required,
  max_length: maxLength,
});

type StringOption =
  | ReturnType<typeof stringOption>
  | (Omit<ReturnType<typeof stringOption>, "max_length"> & {
      choices: { name: string; value: string; name_localizations: Localizations }[];
    });

/** The three languages, offered wherever a command takes one (ask's answer, the digest). */
const LANGUAGE_CHOICES = [
  { name: "English", value: "en", name_localizations: { ja: "英語", vi: "Tiếng Anh" } },
  { name: "日本語", value: "ja", name_localizations: { ja: "日本語", vi: "Tiếng Nhật" } },
  { name: "Tiếng Việt", value: "vi", name_localizations: { ja: "ベトナム語", vi: "Tiếng Việt" } },
];

type BooleanOption = {
  type: ApplicationCommandOptionType.Boolean;
  name: string;
  description: string;
  name_localizations: Localizations;
  description_localizations: Localizations;
  required: boolean;
};

const subcommand = (t: Text, options: (StringOption | BooleanOption)[] = []) => ({
  type: ApplicationCommandOptionType.Subcommand as const,
  ...localized(t),
  options,
});

/** The JSON body for `PUT applications/:app/commands` (or a guild's commands). */
export function briefCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    ...localized({
      name: BRIEF_COMMAND_NAME,
      description: "Ask the briefing, browse its topics and sources, and manage digests",
      names: { ja: "brief", vi: "brief" },
      descriptions: {
        ja: "ブリーフィングに質問し、トピックや出典を見て、ダイジェストを管理します",
        vi: "Hỏi bản tóm tắt, xem chủ đề và nguồn, quản lý bản tin định kỳ",
      },
    }),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      subcommand(
        {
          name: "ask",
          description: "Ask a question; the answer cites its sources",
          names: { ja: "質問", vi: "hỏi" },
          descriptions: {
            ja: "質問する（回答には出典が付きます）",
            vi: "Đặt câu hỏi; câu trả lời có trích dẫn nguồn",
          },
        },
        [
          stringOption(
            {
              name: "question",
              description: "Your question, in English, Japanese or Vietnamese",
              names: { ja: "質問文", vi: "câu-hỏi" },
              descriptions: {
                ja: "質問（英語・日本語・ベトナム語）",
                vi: "Câu hỏi (tiếng Anh, Nhật hoặc Việt)",
              },
            },
            true,
            MAX_QUESTION_LENGTH,
          ),
          {
            type: ApplicationCommandOptionType.String as const,
            ...localized({
              name: "language",
              description: "Answer in this language (default: the language of the question)",
              names: { ja: "言語", vi: "ngôn-ngữ" },
              descriptions: {
                ja: "回答の言語（既定: 質問の言語）",
                vi: "Ngôn ngữ trả lời (mặc định: ngôn ngữ của câu hỏi)",
              },
            }),
            required: false,
            choices: LANGUAGE_CHOICES,
          },
        ],
      ),
      subcommand({
        name: "topics",
        description: "List the topics the briefing covers",
        names: { ja: "トピック一覧", vi: "các-chủ-đề" },
        descriptions: { ja: "ブリーフィングが扱うトピックの一覧", vi: "Liệt kê các chủ đề của bản tóm tắt" },
      }),
      subcommand(
        {
          name: "topic",
          description: "Show the key facts of one topic",
          names: { ja: "トピック", vi: "chủ-đề" },
          descriptions: { ja: "一つのトピックの主な事実を表示", vi: "Xem các dữ kiện chính của một chủ đề" },
        },
        [
          stringOption(
            {
              name: "name",
              description: "The topic's name (see /brief topics)",
              names: { ja: "名前", vi: "tên" },
              descriptions: {
                ja: "トピック名（/brief トピック一覧 を参照）",
                vi: "Tên chủ đề (xem /brief các-chủ-đề)",
              },
            },
            true,
            100,
          ),
        ],
      ),
      subcommand({
        name: "sources",
        description: "List the sources the briefing is built from",
        names: { ja: "出典", vi: "nguồn" },
        descriptions: { ja: "ブリーフィングの出典の一覧", vi: "Liệt kê các nguồn của bản tóm tắt" },
      }),
      subcommand(
        {
          name: "digest",
          description: "Show the briefing digest now",
          names: { ja: "ダイジェスト", vi: "bản-tin" },
          descriptions: { ja: "今すぐダイジェストを表示", vi: "Xem bản tin ngay bây giờ" },
        },
        [
          {
            type: ApplicationCommandOptionType.String as const,
            ...localized({
              name: "language",
              description: "The digest's language (default: this channel's)",
              names: { ja: "言語", vi: "ngôn-ngữ" },
              descriptions: {
                ja: "ダイジェストの言語（既定: このチャンネルの言語）",
                vi: "Ngôn ngữ của bản tin (mặc định: của kênh này)",
              },
            }),
            required: false,
            choices: LANGUAGE_CHOICES,
          },
          {
            type: ApplicationCommandOptionType.Boolean as const,
            ...localized({
              name: "full",
              description: "The key facts overview, not only what changed",
              names: { ja: "全体", vi: "đầy-đủ" },
              descriptions: {
                ja: "変更点だけでなく主な事実の概要",
                vi: "Tổng quan các dữ kiện chính, không chỉ thay đổi",
              },
            }),
            required: false,
          },
        ],
      ),
      subcommand(
        {
          name: "subscribe",
          description: "Post the digest in this channel on a schedule (Manage Channels)",
          names: { ja: "購読", vi: "đăng-ký" },
          descriptions: {
            ja: "このチャンネルに定期的にダイジェストを投稿（チャンネル管理権限が必要）",
            vi: "Đăng bản tin định kỳ vào kênh này (cần quyền Quản lý kênh)",
          },
        },
        [
          stringOption(
            {
              name: "schedule",
              description: "daily 08:00, weekdays 08:00, weekly mon 09:00, or a cron expression",
              names: { ja: "スケジュール", vi: "lịch" },
              descriptions: {
                ja: "daily 08:00、weekdays 08:00、weekly mon 09:00、またはcron式",
                vi: "daily 08:00, weekdays 08:00, weekly mon 09:00 hoặc biểu thức cron",
              },
            },
            true,
            100,
          ),
          stringOption(
            {
              name: "timezone",
              description: "IANA time zone, e.g. Asia/Tokyo (default: the bot's)",
              names: { ja: "タイムゾーン", vi: "múi-giờ" },
              descriptions: {
                ja: "IANAタイムゾーン（例: Asia/Tokyo）",
                vi: "Múi giờ IANA, ví dụ Asia/Ho_Chi_Minh",
              },
            },
            false,
            64,
          ),
          {
            type: ApplicationCommandOptionType.String as const,
            ...localized({
              name: "missed",
              description: "A digest missed while the bot was down: post late once (default), skip, or fold",
              names: { ja: "停止中の配信", vi: "bản-tin-lỡ" },
              descriptions: {
                ja: "ボット停止中に逃した配信: 一度だけ遅れて投稿（既定）、送らない、次回にまとめる",
                vi: "Bản tin bị lỡ khi bot ngừng: đăng muộn một lần (mặc định), bỏ qua, hoặc gộp",
              },
            }),
            required: false,
            choices: [
              {
                name: "post late once",
                value: "late-once",
                name_localizations: { ja: "一度だけ遅れて投稿", vi: "đăng muộn một lần" },
              },
              { name: "skip", value: "skip", name_localizations: { ja: "送らない", vi: "bỏ qua" } },
              {
                name: "fold into the next",
                value: "fold",
                name_localizations: { ja: "次回にまとめる", vi: "gộp vào bản tin sau" },
              },
            ],
          },
          {
            type: ApplicationCommandOptionType.String as const,
            ...localized({
              name: "quiet",
              description: "When nothing changed: post one short line (default) or nothing",
              names: { ja: "変更なしの日", vi: "khi-không-đổi" },
              descriptions: {
                ja: "変更がないとき: 短い一行を投稿（既定）または投稿しない",
                vi: "Khi không có thay đổi: đăng một dòng ngắn (mặc định) hoặc không đăng",
              },
            }),
            required: false,
            choices: [
              {
                name: "one short line",
                value: "line",
                name_localizations: { ja: "短い一行", vi: "một dòng ngắn" },
              },
              { name: "nothing", value: "skip", name_localizations: { ja: "投稿しない", vi: "không đăng" } },
            ],
          },
          stringOption(
            {
              name: "briefing",
              description: "Which briefing to post (default: this channel's; see /brief briefings)",
              names: { ja: "ブリーフィング", vi: "bản-tóm-tắt" },
              descriptions: {
                ja: "投稿するブリーフィング（既定: このチャンネルのもの）",
                vi: "Bản tóm tắt sẽ đăng (mặc định: của kênh này)",
              },
            },
            false,
            64,
          ),
        ],
      ),
      subcommand(
        {
          name: "use",
          description: "Answer from this briefing in this channel (Manage Channels)",
          names: { ja: "使用", vi: "dùng" },
          descriptions: {
            ja: "このチャンネルで使うブリーフィングを選ぶ（チャンネル管理権限が必要）",
            vi: "Chọn bản tóm tắt cho kênh này (cần quyền Quản lý kênh)",
          },
        },
        [
          stringOption(
            {
              name: "id",
              description: "The briefing's id (see /brief briefings)",
              names: { ja: "id", vi: "id" },
              descriptions: {
                ja: "ブリーフィングのID（/brief briefings を参照）",
                vi: "ID của bản tóm tắt (xem /brief briefings)",
              },
            },
            true,
            64,
          ),
        ],
      ),
      subcommand({
        name: "briefings",
        description: "List the briefings this bot answers from",
        names: { ja: "ブリーフィング一覧", vi: "các-bản-tóm-tắt" },
        descriptions: { ja: "このボットのブリーフィングの一覧", vi: "Liệt kê các bản tóm tắt của bot" },
      }),
      subcommand({
        name: "unsubscribe",
        description: "Stop the digest in this channel (Manage Channels)",
        names: { ja: "購読解除", vi: "hủy-đăng-ký" },
        descriptions: {
          ja: "このチャンネルのダイジェストを停止（チャンネル管理権限が必要）",
          vi: "Dừng bản tin trong kênh này (cần quyền Quản lý kênh)",
        },
      }),
      subcommand({
        name: "help",
        description: "How to use briefbot",
        names: { ja: "ヘルプ", vi: "trợ-giúp" },
        descriptions: { ja: "briefbotの使い方", vi: "Cách dùng briefbot" },
      }),
    ],
  };
}
