// A channel's URL and secret are sealed (lib/secret-box.ts) with their row and field as context,
// so a sealed value copied into another channel or field does not open.
export const urlContext = (channelId: string) => `notification_channel:${channelId}:url`;
export const secretContext = (channelId: string) => `notification_channel:${channelId}:secret`;
