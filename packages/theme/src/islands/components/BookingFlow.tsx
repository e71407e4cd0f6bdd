'use client';
// Appointment booking (CSE.2.2): office, reason, day and time, personal data, recap, confirmation.
// Steps are shown at every moment and navigable back (CSE.1.8); the recap shows everything on
// one screen before the final confirmation (CSE.1.4). Without a booking backend (`endpoint`) the
// request is only confirmed on screen: a CMS adapter plugs its agenda in.
import { useEffect, useId, useRef, useState } from 'react';

export interface BookingOffice {
  slug: string;
  title: string;
  address?: string | undefined;
}

export interface BookingFlowProps {
  offices: BookingOffice[];
  services: { slug: string; title: string; ufficio: string }[];
  /** Preselected service (from `?servizio=`), read on the client. */
  endpoint?: string | undefined;
}

const STEPS = ['Ufficio', 'Motivo', 'Data e ora', 'Dati personali', 'Riepilogo'] as const;
const TIMES = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '15:00', '15:30', '16:00'];

interface Data {
  office: string;
  service: string;
  date: string;
  time: string;
  name: string;
  surname: string;
  email: string;
}

export function BookingFlow({ offices, services, endpoint }: BookingFlowProps) {
  const id = useId();
  const [step, setStep] = useState(0);
  const [done, setDone] = useState(false);
  const [error, setError] = useState('');
  const [data, setData] = useState<Data>({
    office: '',
    service: '',
    date: '',
    time: '',
    name: '',
    surname: '',
    email: '',
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get('servizio');
    const s = services.find((x) => x.slug === wanted);
    if (s) setData((d) => ({ ...d, service: s.slug, office: s.ufficio }));
  }, [services]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step, done]);

  const set = (k: keyof Data) => (e: { target: { value: string } }) =>
    setData((d) => ({ ...d, [k]: e.target.value }));

  const missing = (): string => {
    if (step === 0 && !data.office) return 'Scegli un ufficio.';
    if (step === 1 && !data.service) return 'Scegli il motivo dell’appuntamento.';
    if (step === 2 && (!data.date || !data.time)) return 'Scegli un giorno e un orario.';
    if (step === 3 && (!data.name || !data.surname || !/^[^@\s]+@[^@\s]+$/.test(data.email)))
      return 'Inserisci nome, cognome e un indirizzo email valido.';
    return '';
  };

  const next = (e: React.FormEvent) => {
    e.preventDefault();
    const problem = missing();
    setError(problem);
    if (problem) return;
    if (step < STEPS.length - 1) {
      setStep(step + 1);
      return;
    }
    if (endpoint) {
      void fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
      }).catch(() => undefined);
    }
    setDone(true);
  };

  const office = offices.find((o) => o.slug === data.office);
  const service = services.find((s) => s.slug === data.service);
  const officeServices = services.filter((s) => !data.office || s.ufficio === data.office);

  if (done) {
    return (
      <div className="alert alert-success" role="status">
        <h2 ref={heading} tabIndex={-1} className="h4">
          Richiesta di appuntamento inviata
        </h2>
        <p className="mb-0">
          {`Appuntamento richiesto presso ${office?.title ?? ''} il ${data.date} alle ${data.time}. `}
          {`Riceverai la conferma all’indirizzo ${data.email}.`}
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={next} noValidate>
      <ol className="list-inline mb-4" aria-label="Passaggi della prenotazione">
        {STEPS.map((label, i) => (
          <li
            key={label}
            className={`list-inline-item me-3${i === step ? ' fw-bold' : ''}`}
            aria-current={i === step ? 'step' : undefined}
          >
            {`${String(i + 1)}. ${label}`}
          </li>
        ))}
      </ol>
      <h2 ref={heading} tabIndex={-1} className="h4 mb-3">
        {`Passo ${String(step + 1)} di ${String(STEPS.length)}: ${STEPS[step] ?? ''}`}
      </h2>
      {error && (
        <p className="text-danger" role="alert">
          {error}
        </p>
      )}
      {step === 0 && (
        <div className="select-wrapper mb-4">
          <label htmlFor={`${id}-office`}>Ufficio</label>
          <select id={`${id}-office`} value={data.office} onChange={set('office')} required>
            <option value="">Seleziona l’ufficio</option>
            {offices.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {step === 1 && (
        <div className="select-wrapper mb-4">
          <label htmlFor={`${id}-service`}>Motivo dell’appuntamento</label>
          <select id={`${id}-service`} value={data.service} onChange={set('service')} required>
            <option value="">Seleziona il servizio</option>
            {officeServices.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {step === 2 && (
        <div className="row">
          <div className="col-md-6 form-group">
            <label htmlFor={`${id}-date`} className="active">
              Giorno
            </label>
            <input
              type="date"
              className="form-control"
              id={`${id}-date`}
              value={data.date}
              onChange={set('date')}
              required
            />
          </div>
          <div className="col-md-6 select-wrapper">
            <label htmlFor={`${id}-time`}>Orario</label>
            <select id={`${id}-time`} value={data.time} onChange={set('time')} required>
              <option value="">Seleziona l’orario</option>
              {TIMES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {step === 3 && (
        <div className="row">
          {(
            [
              ['name', 'Nome', 'given-name', 'text'],
              ['surname', 'Cognome', 'family-name', 'text'],
              ['email', 'Email', 'email', 'email'],
            ] as const
          ).map(([k, label, auto, type]) => (
            <div className="col-md-4 form-group" key={k}>
              <label htmlFor={`${id}-${k}`} className="active">
                {label}
              </label>
              <input
                type={type}
                autoComplete={auto}
                className="form-control"
                id={`${id}-${k}`}
                value={data[k]}
                onChange={set(k)}
                required
              />
            </div>
          ))}
        </div>
      )}
      {step === 4 && (
        <dl className="row">
          <dt className="col-sm-3">Ufficio</dt>
          <dd className="col-sm-9">{office?.title}</dd>
          <dt className="col-sm-3">Motivo</dt>
          <dd className="col-sm-9">{service?.title}</dd>
          <dt className="col-sm-3">Data e ora</dt>
          <dd className="col-sm-9">{`${data.date} ${data.time}`}</dd>
          <dt className="col-sm-3">Richiedente</dt>
          <dd className="col-sm-9">{`${data.name} ${data.surname} (${data.email})`}</dd>
        </dl>
      )}
      <div className="d-flex justify-content-between mt-4">
        <button
          type="button"
          className="btn btn-outline-primary"
          disabled={step === 0}
          onClick={() => {
            setError('');
            setStep(step - 1);
          }}
        >
          Indietro
        </button>
        <button type="submit" className="btn btn-primary">
          {step === STEPS.length - 1 ? 'Conferma la prenotazione' : 'Avanti'}
        </button>
      </div>
    </form>
  );
}
