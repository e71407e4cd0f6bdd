import * as api from './index.js';

// Changing this list is a change of the public API: it needs a semver decision and a changelog line.
test('the public exports of @piazza/react', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "AppointmentBooking",
      "Attachment",
      "BOOKING_LOAD_TIMEOUT_MS",
      "BOOKING_SUBMIT_TIMEOUT_MS",
      "BackToTop",
      "BookingError",
      "BootstrapItaliaVersion",
      "Breadcrumbs",
      "COOKIE_CONSENT_KEY",
      "CardList",
      "CategoryCard",
      "Checkbox",
      "CheckboxGroup",
      "ContactCard",
      "ContactsBox",
      "CookieBar",
      "DEFAULT_LANGUAGES",
      "DEFAULT_SETTINGS",
      "DRAFT_MAX_CHARS",
      "DRAFT_TTL_DAYS",
      "EXAMPLE_OFFICES",
      "EXAMPLE_OFFICE_TYPES",
      "ErrorSummary",
      "EventCard",
      "FORMAT_CHECKS",
      "Faq",
      "FileUpload",
      "Footer",
      "Header",
      "HeaderCenter",
      "HeaderNavbar",
      "HeaderSlim",
      "HttpBookingProvider",
      "Icon",
      "LegalNotes",
      "LocalStorageDraftStore",
      "MIN_CONTRAST",
      "MemoryBookingProvider",
      "NewsCard",
      "OfficeCard",
      "PageFrame",
      "PageHeading",
      "PageIndex",
      "PersonCard",
      "PiazzaPropError",
      "PiazzaProvider",
      "PlaceCard",
      "RadioGroup",
      "Rating",
      "Recap",
      "RequestReceipt",
      "RequestStatus",
      "RequiredFieldsNote",
      "SearchDialog",
      "SecondLevelLinks",
      "Select",
      "ServiceAccess",
      "ServiceCard",
      "ServiceHeader",
      "ServiceMetatag",
      "ServicePage",
      "ServiceSection",
      "ServiceTimeline",
      "SkipLinks",
      "StepNav",
      "Stepper",
      "TextField",
      "Textarea",
      "TopicCard",
      "TopicChip",
      "TopicsGrid",
      "appointmentBookingMessages",
      "attachmentMessages",
      "backToTopMessages",
      "breadcrumbsMessages",
      "buildMainMenu",
      "cardListMessages",
      "checkValue",
      "codiceFiscaleCheckChar",
      "contactCardMessages",
      "contactsBoxMessages",
      "contrastRatio",
      "cookieBarMessages",
      "createPiazzaTheme",
      "easterSunday",
      "errorSummaryMessages",
      "eventCardMessages",
      "faqMessages",
      "fieldMessages",
      "fileUploadMessages",
      "footerMessages",
      "footerSections",
      "formatBytes",
      "formatFileSize",
      "formatRatio",
      "headerCenterMessages",
      "headerNavbarMessages",
      "headerSlimMessages",
      "hsb",
      "icsDataUrl",
      "isBookingDraft",
      "isCap",
      "isCodiceFiscale",
      "isEmail",
      "isIban",
      "isItalianHoliday",
      "isItalianPhone",
      "italianHolidays",
      "legalNotesMessages",
      "normaliseHex",
      "parseHex",
      "parseMonthDay",
      "placeCardMessages",
      "primaryColourProblem",
      "ratingMessages",
      "readCookieConsent",
      "recapMessages",
      "requestReceiptMessages",
      "requestStatusMessages",
      "searchDialogMessages",
      "secondLevelLinksMessages",
      "selectMessages",
      "serviceAccessMessages",
      "serviceJsonLd",
      "servicePageMessages",
      "skipLinksMessages",
      "stepNavMessages",
      "stepperMessages",
      "syncBootstrapItaliaVersion",
      "telHref",
      "textareaMessages",
      "toHsb",
      "toIcs",
      "usePiazza",
      "validationMessages",
      "writeCookieConsent",
    ]
  `);
});

// The entry points of the areas (package.json "exports"): what an island or a page imports
// alone. Each is a part of the public API, the same bindings as the package's main entry.
test('the area entry points re-export bindings of the main entry, each in one area only', async () => {
  const pkg = (await import('../package.json')).default as {
    exports: Record<string, { source?: string }>;
  };
  const areas = Object.entries(pkg.exports).filter(([k, v]) => k !== '.' && v.source);
  expect(areas.map(([k]) => k).sort()).toEqual([
    './content',
    './cookie-consent',
    './forms',
    './intl',
    './navigation',
    './theme',
  ]);
  const seen = new Map<string, string>();
  const inAnArea = new Set<string>();
  for (const [subpath, { source }] of areas) {
    const mod = (await import(/* @vite-ignore */ `../${source!.slice(2)}`)) as Record<
      string,
      unknown
    >;
    expect(Object.keys(mod).length, subpath).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(mod)) {
      expect(api[name as keyof typeof api], `${subpath}: ${name}`).toBe(value);
      inAnArea.add(name);
      // an export belongs to one area (cookie-consent is also part of navigation's CookieBar)
      if (subpath !== './cookie-consent') {
        expect(seen.get(name), `${name} in ${subpath} and ${seen.get(name)}`).toBeUndefined();
        seen.set(name, subpath);
      }
    }
  }
  // …and every export of the package is in an area: nothing reachable only from the main entry.
  expect(Object.keys(api).filter((name) => !inAnArea.has(name))).toEqual([]);
});
