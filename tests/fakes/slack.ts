/** The fake Slack (Web API, response_url, Socket Mode) and its payload and signing helpers. */
export * from "./slack/payloads.js";
export * from "./slack/server.js";
export * from "./slack/signing.js";
