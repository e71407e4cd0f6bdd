import * as api from './index.js';

// Changing this list is a change of the public API: it needs a semver decision and a changelog line.
test('the public exports of @piazza/react', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "AppointmentBooking",
      "AreaPersonale",
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
      "EXAMPLE_SERVICES",
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
      "HttpApplicationsApi",
      "HttpBookingProvider",
      "HttpIdentityProvider",
      "HttpPaymentsProvider",
      "Icon",
      "LegalNotes",
      "LocalStorageDraftStore",
      "MemoryApplicationsApi",
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
      "RequestLookup",
      "RequestReceipt",
      "RequestStatus",
      "RequiredFieldsNote",
      "SIMULATED_CITIZEN",
      "SearchDialog",
      "SecondLevelLinks",
      "SegnalazioneDisservizio",
      "Select",
      "ServiceAccess",
      "ServiceCard",
      "ServiceError",
      "ServiceFlow",
      "ServiceHeader",
      "ServiceMetatag",
      "ServicePage",
      "ServiceSection",
      "ServiceTimeline",
      "SimulatedIdentity",
      "SimulatedPayments",
      "SkipLinks",
      "StepNav",
      "Stepper",
      "TextField",
      "Textarea",
      "TopicCard",
      "TopicChip",
      "TopicsGrid",
      "appointmentBookingMessages",
      "areaPersonaleMessages",
      "attachmentMessages",
      "backToTopMessages",
      "breadcrumbsMessages",
      "buildMainMenu",
      "cardListMessages",
      "checkDefinition",
      "checkValue",
      "codiceFiscaleCheckChar",
      "contactCardMessages",
      "contactsBoxMessages",
      "cookieBarMessages",
      "easterSunday",
      "errorSummaryMessages",
      "eventCardMessages",
      "faqMessages",
      "fieldMessages",
      "fileUploadMessages",
      "flowRecipe",
      "footerMessages",
      "footerSections",
      "formatBytes",
      "formatFileSize",
      "headerCenterMessages",
      "headerNavbarMessages",
      "headerSlimMessages",
      "icsDataUrl",
      "isBookingDraft",
      "isCap",
      "isCodiceFiscale",
      "isEmail",
      "isFlowValues",
      "isIban",
      "isItalianHoliday",
      "isItalianPhone",
      "isServiceError",
      "isServiceFlowDraft",
      "isShown",
      "italianHolidays",
      "legalNotesMessages",
      "parseMonthDay",
      "placeCardMessages",
      "ratingMessages",
      "readCookieConsent",
      "recapMessages",
      "requestReceiptMessages",
      "requestStatusMessages",
      "searchDialogMessages",
      "secondLevelLinksMessages",
      "segnalazioneDisservizioMessages",
      "selectMessages",
      "serviceAccessMessages",
      "serviceFlowMessages",
      "serviceJsonLd",
      "servicePageMessages",
      "skipLinksMessages",
      "stepNavMessages",
      "stepperMessages",
      "syncBootstrapItaliaVersion",
      "telHref",
      "textareaMessages",
      "toIcs",
      "usePiazza",
      "validateFields",
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
    './services',
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
