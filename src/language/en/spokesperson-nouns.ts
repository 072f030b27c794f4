/**
 * Nouns for someone, or something, that speaks for an organisation: "a spokeswoman for the
 * Port Authority", "the ministry’s press secretary", "a statement from Tidewater". An
 * organisation speaks through them, so their words are the organisation's; a person's
 * spokesperson is not the person. The titles news style uses for the role (the AP Stylebook,
 * "spokesman, spokeswoman"), with "statement" for the written form.
 */
export const SPOKESPERSON_NOUNS: readonly string[] = ['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'press secretary', 'statement'];
