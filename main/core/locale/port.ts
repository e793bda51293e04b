/** Where the user's locale comes from: the system's regional format and its preferred languages. */
export interface LocalePort {
  /** BCP 47 tag of the system's regional format (clock, dates, first day of the week), e.g. "en-US". */
  regionalFormat(): string;
  /** The system's preferred languages, most preferred first, e.g. ["de-DE", "en-US"]. */
  preferredLanguages(): readonly string[];
}
