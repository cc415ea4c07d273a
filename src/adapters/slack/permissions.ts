import type { webApi } from "@slack/bolt";
import type { Logger } from "../../runtime/logger.js";
import { safeError } from "../safe-error.js";

/**
 * Who may subscribe or unsubscribe a channel: workspace admins and owners (users.info), the
 * configured managers, and anyone for their own DM with the bot. A failed lookup means no.
 */
export class ChannelPermissions {
  private readonly managers: Set<string>;

  constructor(
    managers: string[],
    private readonly logger: Logger,
  ) {
    this.managers = new Set(managers);
  }

  async canManage(client: webApi.WebClient, userId: string, isDirect: boolean): Promise<boolean> {
    if (isDirect || this.managers.has(userId)) return true;
    try {
      const res = await client.users.info({ user: userId });
      const user = res.user;
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      this.logger.warn(
        { platform: "slack", err: safeError(error), userId },
        "users.info failed; treating the user as not a manager",
      );
      return false;
    }
  }
}
