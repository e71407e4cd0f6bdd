// `piazza-check --flows`: each online request page is driven in Chromium, generically, from its
// markup: the simulated (or test) sign-in, every step filled (required fields by their type and
// label, consent checkboxes, one choice in each group of radios, a small PDF for required files,
// the simulated payment), the recap, the submission. Each screen is judged with checks/flow.ts:
// the save-draft control at every step (CSE.1.6), the stepper at every step (CSE.1.8), then the
// confirmation (CSE.1.2 code, CSE.1.10 dates, CSE.1.7 rating after it).
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { finding, worstOf } from './criteria.js';
import { checkConfirmationDocument, saveDraftControl, saveDraftFinding } from './checks/flow.js';
import { stepperFinding } from './checks/services.js';
import { parseHtml } from './html.js';
import type { Finding } from './types.js';

export interface DriveOptions {
  /** The scheda's maximum time in days (CSE.1.10). */
  maxDays?: number;
  /** Time allowed for each screen to follow an action, ms (default 15000). */
  stepTimeoutMs?: number;
  /** Navigation timeout, ms (default 30000). */
  timeoutMs?: number;
  /** Only these criteria. */
  criteria?: readonly string[];
}

export interface FlowRun {
  url: string;
  /** The steps reached, by their label in the stepper, then "conferma" when submitted. */
  steps: string[];
  findings: Finding[];
}

/** What a screen of the flow shows (read in the page). */
interface Screen {
  step: string;
  heading: string;
  recap: boolean;
  hasStepper: boolean;
  errors: string[];
}

/* In the page: finds (and marks) the flow's root, and reads the current screen. */
function readScreen(): Screen {
  const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  const current = document.querySelector('[aria-current="step"]');
  let root = document.querySelector('[data-piazza-check="flow"]');
  if (!root || !root.isConnected) {
    root =
      (current?.closest('nav,.steppers') ?? current?.closest('ul,ol'))?.parentElement ??
      document.querySelector('.piazza-service-flow') ??
      document.querySelector('main');
    root?.setAttribute('data-piazza-check', 'flow');
  }
  const label = (el: Element | null): string => {
    if (!el) return '';
    const copy = el.cloneNode(true) as Element;
    for (const n of Array.from(copy.querySelectorAll('.steppers-number,.visually-hidden')))
      n.remove();
    return norm(copy.textContent) || norm(el.textContent);
  };
  const step = label(current);
  const heading =
    Array.from(root?.querySelectorAll('h1,h2,h3') ?? [])
      .filter((h) => !h.closest('nav,[data-element="feedback"]'))
      .map((h) => norm(h.textContent))[0] ?? '';
  const errors = Array.from(
    root?.querySelectorAll('.alert-danger,.invalid-feedback,[role="alert"]') ?? [],
  )
    .map((e) => norm(e.textContent))
    .filter(Boolean);
  return {
    step,
    heading,
    recap: /riepilogo|\brecap\b|\bsummary\b/i.test(step),
    hasStepper: !!current,
    errors,
  };
}

interface Action {
  sel: string;
  kind: 'fill' | 'check' | 'select' | 'file' | 'lookup';
  value: string;
  label: string;
}

/* In the page: what to fill on this screen (fields are marked data-piazza-check-field="n"). */
function planFill(arg: { today: string; year: string }): Action[] {
  const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  const root = document.querySelector('[data-piazza-check="flow"]') ?? document.body;
  const visible = (el: Element): boolean => {
    const r = (el as HTMLElement).getBoundingClientRect();
    const s = getComputedStyle(el);
    return (
      s.visibility !== 'hidden' &&
      s.display !== 'none' &&
      (r.width > 0 || r.height > 0 || el.matches('[type="file"]'))
    );
  };
  const labelOf = (el: Element): string => {
    const f = el as HTMLInputElement;
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    return norm(
      [
        ...Array.from(f.labels ?? []).map((l) => l.textContent),
        el.getAttribute('aria-label'),
        ...ids.map((id) => document.getElementById(id)?.textContent),
        el.getAttribute('placeholder'),
      ].join(' '),
    );
  };
  let n = Number(root.getAttribute('data-piazza-check-n') ?? '0');
  const mark = (el: Element): string => {
    let id = el.getAttribute('data-piazza-check-field');
    if (!id) {
      id = String(++n);
      el.setAttribute('data-piazza-check-field', id);
    }
    return `[data-piazza-check-field="${id}"]`;
  };
  const out: Action[] = [];
  const fields = Array.from(root.querySelectorAll('input,select,textarea')).filter(
    (el) =>
      !el.closest('[data-element="feedback"],header,footer,[role="search"]') &&
      !(el as HTMLInputElement).disabled &&
      !(el as HTMLInputElement).readOnly &&
      !/^(hidden|submit|button|reset|image)$/.test((el as HTMLInputElement).type) &&
      visible(el),
  );
  const mainText = norm(document.querySelector('main')?.textContent ?? document.body.textContent);
  const seenRadio = new Set<string>();
  for (const el of fields) {
    const f = el as HTMLInputElement;
    const label = labelOf(el);
    const required =
      f.required ||
      el.getAttribute('aria-required') === 'true' ||
      !!el.closest('[aria-required="true"]') ||
      /\*|\(obbligatori[oa]\)|\(required\)/i.test(label);
    if (f.type === 'radio') {
      const group = f.name || label;
      if (seenRadio.has(group)) continue;
      seenRadio.add(group);
      const all = fields.filter(
        (x) => (x as HTMLInputElement).type === 'radio' && (x as HTMLInputElement).name === f.name,
      ) as HTMLInputElement[];
      if (f.name && all.some((x) => x.checked)) continue;
      out.push({ sel: mark(el), kind: 'check', value: '', label });
    } else if (f.type === 'checkbox') {
      const consent =
        /ho letto|letto e compreso|accetto|acconsento|consenso|dichiaro di aver|informativa|privacy|i have read|i agree|i accept|consent/i.test(
          label,
        );
      if (!f.checked && (required || consent))
        out.push({ sel: mark(el), kind: 'check', value: '', label });
    } else if (f.type === 'file') {
      const kept = el.closest('.form-group,.upload-wrapper,fieldset,div')?.querySelector('li');
      if (required && !kept) out.push({ sel: mark(el), kind: 'file', value: '', label });
    } else if (el.tagName === 'SELECT') {
      const s = el as unknown as HTMLSelectElement;
      if (s.value) continue;
      const opt = Array.from(s.options).find((o) => o.value && !o.disabled);
      if (opt) out.push({ sel: mark(el), kind: 'select', value: opt.value, label });
    } else {
      if (f.value || !required) continue;
      const l = label.toLowerCase();
      const type = (f.getAttribute('type') ?? 'text').toLowerCase();
      const auto = (f.getAttribute('autocomplete') ?? '').toLowerCase();
      let value = 'Prova di piazza-check';
      let kind: Action['kind'] = 'fill';
      if (/avviso|notice|iuv/.test(l)) {
        value = /\b\d{18}\b/.exec(mainText)?.[0] ?? '';
        kind = 'lookup';
      } else if (type === 'email' || auto === 'email' || /e-?mail/.test(l))
        value = 'maria.rossi@example.org';
      else if (type === 'tel' || auto === 'tel' || /telefono|cellulare|phone/.test(l))
        value = '+39 333 1234567';
      else if (/codice fiscale|fiscal code|\bcf\b/.test(l)) value = 'RSSGLI24A41A562Q';
      else if (/iban/.test(l)) value = 'IT60X0542811101000000123456';
      else if (/targa|plate/.test(l)) value = 'AB123CD';
      else if (/\bcap\b|postal code|zip/.test(l)) value = '00100';
      else if (/\banno\b|\byear\b/.test(l)) value = arg.year;
      else if (type === 'date') value = arg.today.split('/').reverse().join('-');
      else if (/\bdata\b|\bdate\b|gg\/mm/.test(l)) value = arg.today;
      else if (
        type === 'number' ||
        f.inputMode === 'numeric' ||
        /euro|importo|valore|numero|amount/.test(l)
      )
        value = '1000';
      else if (/nome e cognome|nominativo|full name/.test(l)) value = 'Giulia Rossi';
      else if (/cognome|surname|last name/.test(l)) value = 'Rossi';
      else if (/\bnome\b|\bname\b/.test(l)) value = 'Giulia';
      else if (/indirizzo|luogo|via\b|address|place/.test(l)) value = 'Piazza del Municipio 1';
      const max = Number(f.getAttribute('maxlength') ?? '0');
      if (max > 0) value = value.slice(0, max);
      out.push({ sel: mark(el), kind, value, label });
    }
  }
  root.setAttribute('data-piazza-check-n', String(n));
  return out;
}

/* In the page: marks a button of the flow whose text matches, returns its selector. */
function markButton(arg: { pattern: string; flags: string; tag: string }): string | null {
  const re = new RegExp(arg.pattern, arg.flags);
  const root = document.querySelector('[data-piazza-check="flow"]') ?? document.body;
  const el = Array.from(
    root.querySelectorAll('button,input[type="submit"],input[type="button"]'),
  ).find(
    (b) =>
      !b.closest('[data-element="feedback"],[aria-current="step"],nav') &&
      re.test(
        ((b.textContent ?? '') + ' ' + (b.getAttribute('value') ?? '')).replace(/\s+/g, ' ').trim(),
      ),
  );
  if (!el) return null;
  el.setAttribute('data-piazza-check-button', arg.tag);
  return `[data-piazza-check-button="${arg.tag}"]`;
}

const NEXT = /^(avanti|next|continua|prosegui|procedi)\b/i;
const SUBMIT = /^(invia|send|submit|conferma e invia|presenta)\b/i;
const ACCESS = /\b(SPID|CIE)\b/;
const PAY = /(\bpaga\b|pagopa|\bpay\b)/i;
const PAY_CONFIRM = /conferma (il )?pagamento|confirm (the )?payment|paga ora|pay now/i;
const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function button(page: Page, re: RegExp, tag: string): Promise<Locator | null> {
  const sel = await page.evaluate(markButton, { pattern: re.source, flags: re.flags, tag });
  return sel ? page.locator(sel) : null;
}

const signature = (s: Screen): string => `${s.step}|${s.heading}|${String(s.hasStepper)}`;

/** Polls `fn` until it returns a truthy value; null on timeout. */
async function poll<T>(fn: () => Promise<T>, timeout: number): Promise<T | null> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 80));
  }
}

/** Waits until the screen differs from `before`; false on timeout. */
async function changed(page: Page, before: Screen, timeout: number): Promise<boolean> {
  const sig = signature(before);
  return !!(await poll(async () => signature(await page.evaluate(readScreen)) !== sig, timeout));
}

/** Clicks a control; if something covers it, clicks it from script. Gone = nothing to do. */
async function clickSafely(l: Locator): Promise<void> {
  if (!(await l.count())) return;
  try {
    await l.click({ timeout: 3000 });
  } catch {
    await l
      .evaluate((el) => (el as HTMLElement).click(), undefined, { timeout: 2000 })
      .catch(() => undefined);
  }
}

/** Fills what the screen asks for; returns what could not be filled. */
async function fill(page: Page, stepTimeout: number): Promise<string[]> {
  const problems: string[] = [];
  const now = new Date();
  const today = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
  // Twice: a choice may reveal more required fields.
  for (let pass = 0; pass < 3; pass++) {
    const plan = await page.evaluate(planFill, { today, year: String(now.getFullYear()) });
    if (!plan.length) break;
    for (const a of plan) {
      const l = page.locator(a.sel);
      try {
        if (a.kind === 'check') {
          // A click as the keyboard's Space gives it (Bootstrap Italia draws the box over the input).
          await l.evaluate((el) => (el as HTMLInputElement).click(), undefined, { timeout: 3000 });
        } else if (a.kind === 'select') await l.selectOption(a.value, { timeout: 3000 });
        else if (a.kind === 'file')
          await l.setInputFiles(
            { name: 'documento.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF },
            { timeout: 3000 },
          );
        else {
          if (!a.value) {
            problems.push(`«${a.label}»: nessun valore da inserire / no value to enter`);
            continue;
          }
          await l.fill(a.value, { timeout: 3000 });
          if (a.kind === 'lookup') {
            const before = await page.evaluate(
              () => document.querySelector('main')?.textContent ?? '',
            );
            await l.press('Enter');
            await poll(
              async () =>
                (await page.evaluate(() => document.querySelector('main')?.textContent ?? '')) !==
                before,
              stepTimeout,
            );
          }
        }
      } catch (e) {
        problems.push(`«${a.label}»: ${(e as Error).message.split('\n')[0] ?? ''}`);
      }
    }
  }
  // The payment, when the step has one: the simulated checkout in the page.
  const pay = await button(page, PAY, 'pay');
  if (pay) {
    await clickSafely(pay);
    const confirm = await poll(() => button(page, PAY_CONFIRM, 'pay-confirm'), stepTimeout);
    if (!confirm)
      problems.push(
        'pagamento: nessuna conferma del pagamento simulato / payment: no simulated checkout to confirm',
      );
    else {
      await clickSafely(confirm);
      await confirm.waitFor({ state: 'detached', timeout: stepTimeout }).catch(() => undefined);
    }
  }
  return problems;
}

/**
 * Drives one request page from the sign-in to the confirmation and judges each screen.
 * The context should be fresh (no draft, nobody signed in).
 */
export async function driveFlow(
  context: BrowserContext,
  url: string,
  o: DriveOptions = {},
): Promise<FlowRun> {
  const stepTimeout = o.stepTimeoutMs ?? 15000;
  const want = (c: string): boolean => !o.criteria || o.criteria.includes(c);
  const steps: string[] = [];
  const drafts: { label: string; control: boolean }[] = [];
  const stepper: Finding[] = [];
  const findings: Finding[] = [];
  const page = await context.newPage();
  const stop = (why: { it: string; en: string }): FlowRun => {
    for (const c of ['CSE.1.2', 'CSE.1.10'])
      if (want(c))
        findings.push(
          finding(
            c,
            'fail',
            `Flusso non completato da piazza-check: ${why.it}`,
            `Flow not completed by piazza-check: ${why.en}`,
            steps.length ? [`passi / steps: ${steps.join(' → ')}`] : [],
          ),
        );
    return { url, steps, findings: [...summary(), ...findings] };
  };
  const summary = (): Finding[] => {
    const out: Finding[] = [];
    if (want('CSE.1.6') && drafts.length) out.push(saveDraftFinding(drafts));
    if (want('CSE.1.8') && stepper.length) {
      const bad = stepper.filter((f) => f.outcome !== 'pass');
      out.push(
        bad[0] ??
          finding(
            'CSE.1.8',
            worstOf(stepper.map((f) => f.outcome)),
            `Stepper corretto in tutti i ${stepper.length} passi percorsi.`,
            `Stepper right in all ${stepper.length} steps taken.`,
          ),
      );
    }
    return out;
  };
  try {
    const resp = await page.goto(url, { waitUntil: 'load', timeout: o.timeoutMs ?? 30000 });
    if (!resp || resp.status() >= 400)
      return stop({
        it: `la pagina risponde HTTP ${resp?.status() ?? '—'}.`,
        en: `the page answers HTTP ${resp?.status() ?? '—'}.`,
      });
    // The sign-in: the simulated one of a demo or a test gateway in the same site. The island may
    // not be interactive yet: try again until the screen changes.
    let screen = await page.evaluate(readScreen);
    const access = await button(page, ACCESS, 'access');
    if (access) {
      let ok = false;
      for (let i = 0; i < 8 && !ok; i++) {
        await clickSafely(access);
        ok = await changed(page, screen, 2000 + 500 * i);
      }
      if (!ok)
        return stop({
          it: 'il pulsante di accesso (SPID/CIE) non porta al primo passo.',
          en: 'the sign-in button (SPID/CIE) does not lead to the first step.',
        });
    } else {
      // No button: the sign-in is a link to the comune's SPID/CIE gateway (real credentials).
      const gateway = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-piazza-check="flow"] a[href]')).some((a) =>
          /\b(SPID|CIE)\b/.test(a.textContent ?? ''),
        ),
      );
      if (gateway || !screen.step)
        return stop({
          it: 'l’accesso passa dal gateway SPID/CIE del comune (un link): piazza-check non accede con credenziali reali; servono un accesso simulato o di prova sullo stesso sito.',
          en: 'the sign-in goes through the comune’s SPID/CIE gateway (a link): piazza-check does not sign in with real credentials; it needs a simulated or test sign-in on the same site.',
        });
    }
    for (let guard = 0; guard < 20; guard++) {
      screen = await page.evaluate(readScreen);
      if (!screen.hasStepper) break;
      steps.push(screen.step);
      // The flow alone (its root holds the stepper and the screen): small and quick to parse.
      const doc = parseHtml(
        `<main>${await page.evaluate(() => document.querySelector('[data-piazza-check="flow"]')?.outerHTML ?? '')}</main>`,
      );
      drafts.push({ label: screen.step, control: !!saveDraftControl(doc) });
      stepper.push(stepperFinding(doc));
      if (screen.recap) {
        const submit = await button(page, SUBMIT, 'submit');
        if (!submit)
          return stop({
            it: `nessun pulsante «Invia» nel riepilogo.`,
            en: `no «Invia» button in the recap.`,
          });
        const sentAt = new Date();
        await clickSafely(submit);
        if (!(await changed(page, screen, stepTimeout)))
          return stop({
            it: `l’invio dal riepilogo non porta a una conferma (${(await page.evaluate(readScreen)).errors.join(' ') || 'nessun messaggio'}).`,
            en: `sending from the recap leads to no confirmation (${(await page.evaluate(readScreen)).errors.join(' ') || 'no message'}).`,
          });
        steps.push('conferma');
        // Mark the confirmation: the section of the heading that took focus, if any.
        await page.evaluate(() => {
          const a = document.activeElement;
          const el =
            a && /^H[1-6]$/.test(a.tagName)
              ? (a.closest('section,article') ?? a.parentElement)
              : null;
          el?.setAttribute('data-piazza-check', 'confirmation');
        });
        const confirmation = parseHtml(await page.content());
        findings.push(
          ...checkConfirmationDocument(confirmation, {
            now: sentAt,
            ...(o.maxDays !== undefined ? { maxDays: o.maxDays } : {}),
            criteria: ['CSE.1.2', 'CSE.1.10', 'CSE.1.7'].filter(want),
          }),
        );
        return { url, steps, findings: [...summary(), ...findings] };
      }
      const problems = await fill(page, stepTimeout);
      const next = await button(page, NEXT, 'next');
      if (!next)
        return stop({
          it: `nessun pulsante «Avanti» nel passo «${screen.step}».`,
          en: `no «Avanti» button in the step «${screen.step}».`,
        });
      await clickSafely(next);
      if (!(await changed(page, screen, stepTimeout))) {
        const errors = (await page.evaluate(readScreen)).errors.slice(0, 5).join(' · ');
        return stop({
          it: `il passo «${screen.step}» non si completa compilando i campi obbligatori (${[...problems, errors].filter(Boolean).join('; ') || 'nessun messaggio'}).`,
          en: `the step «${screen.step}» cannot be completed by filling the required fields (${[...problems, errors].filter(Boolean).join('; ') || 'no message'}).`,
        });
      }
    }
    return stop({ it: 'il flusso non arriva a un riepilogo.', en: 'the flow reaches no recap.' });
  } catch (e) {
    const m = (e as Error).message.split('\n')[0] ?? String(e);
    return stop({ it: m, en: m });
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The scheda's maximum time in days, from its text ("Tempo massimo … 30 giorni"). */
export function maxDaysOf(doc: Document): number | undefined {
  const t = (doc.querySelector('main') ?? doc.body).textContent?.replace(/\s+/g, ' ') ?? '';
  const m =
    /tempo massimo[^.]{0,80}?(\d+)\s*giorni/i.exec(t) ??
    /maximum time[^.]{0,80}?(\d+)\s*days/i.exec(t) ??
    /entro (\d+) giorni/i.exec(t);
  return m ? Number(m[1]) : undefined;
}
