#!/usr/bin/env node
// Generates the illustrations of the demo comune (packages/theme/demo/media/immagini/*.jpg) from
// SVG drawn here: flat landscapes and scenes, one per subject, 1600×900, JPEG. They are Piazza's own
// work, released under CC0 1.0 (see demo/media/immagini/CREDITS.md, written by this script too).
//   node packages/theme/scripts/demo-images.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1600;
const H = 900;
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '..', 'demo', 'media', 'immagini');

// A small deterministic random generator, so the images are the same at every run.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sky = (top, bottom) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;

const hill = (y, amp, color, seed) => {
  const r = rng(seed);
  let d = `M0 ${H} L0 ${y}`;
  for (let x = 0; x <= W; x += 200)
    d += ` Q${x + 100} ${y - amp * r()} ${x + 200} ${y + amp * (r() - 0.5)}`;
  return `<path d="${d} L${W} ${H} Z" fill="${color}"/>`;
};

const sun = (x, y, r, c) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${c}"/>`;

const tree = (x, y, s, c = '#2f6b3a') =>
  `<rect x="${x - 6 * s}" y="${y - 40 * s}" width="${12 * s}" height="${40 * s}" fill="#5b3b24"/><circle cx="${x}" cy="${y - 70 * s}" r="${42 * s}" fill="${c}"/>`;

function building(x, y, w, h, color, seed, roof = '#8a3b2c') {
  const r = rng(seed);
  let s = `<rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="${color}"/>`;
  s += `<polygon points="${x - 10},${y - h} ${x + w / 2},${y - h - w * 0.25} ${x + w + 10},${y - h}" fill="${roof}"/>`;
  for (let wy = y - h + 30; wy < y - 60; wy += 70)
    for (let wx = x + 22; wx < x + w - 40; wx += 60)
      s += `<rect x="${wx}" y="${wy}" width="30" height="44" rx="14" fill="${r() > 0.3 ? '#2b3a4a' : '#f4d58d'}"/>`;
  s += `<rect x="${x + w / 2 - 24}" y="${y - 64}" width="48" height="64" rx="24" fill="#3b2a20"/>`;
  return s;
}

function tower(x, y) {
  return `<rect x="${x}" y="${y - 520}" width="120" height="520" fill="#d9a066"/><rect x="${x - 10}" y="${y - 540}" width="140" height="30" fill="#b97d4b"/><circle cx="${x + 60}" cy="${y - 430}" r="38" fill="#fff8e7" stroke="#5a4030" stroke-width="6"/><line x1="${x + 60}" y1="${y - 430}" x2="${x + 60}" y2="${y - 456}" stroke="#5a4030" stroke-width="6"/><line x1="${x + 60}" y1="${y - 430}" x2="${x + 80}" y2="${y - 430}" stroke="#5a4030" stroke-width="6"/>${[0, 1, 2].map((i) => `<rect x="${x + 14 + i * 36}" y="${y - 580}" width="20" height="40" fill="#b97d4b"/>`).join('')}`;
}

const scenes = {
  piazza: {
    title: 'La piazza del municipio con la torre civica',
    svg: () =>
      sky('#7fb3e0', '#f3d9b1') +
      sun(1320, 200, 80, '#ffe29a') +
      tower(700, 760) +
      building(120, 760, 420, 360, '#e8c39e', 1) +
      building(980, 760, 480, 320, '#f0d4b0', 2, '#9c4a33') +
      `<rect y="760" width="${W}" height="140" fill="#c9b79c"/>` +
      Array.from(
        { length: 16 },
        (_, i) =>
          `<line x1="${i * 110}" y1="760" x2="${i * 110 - 60}" y2="900" stroke="#b5a184" stroke-width="4"/>`,
      ).join(''),
  },
  colline: {
    title: 'Colline verdi e campi coltivati sotto un cielo sereno',
    svg: () =>
      sky('#9fd0f0', '#eaf6ff') +
      sun(300, 180, 70, '#fff0b3') +
      hill(520, 160, '#8cc084', 3) +
      hill(640, 120, '#5fa35a', 4) +
      hill(760, 90, '#3f7f45', 5) +
      tree(1200, 780, 1.2) +
      tree(1320, 800, 1) +
      tree(1100, 820, 0.9, '#356b3b'),
  },
  parco: {
    title: 'Un parco con alberi, prato e un sentiero',
    svg: () =>
      sky('#b7e0f5', '#f1f9ff') +
      hill(600, 60, '#7fbf6a', 6) +
      `<path d="M700 900 Q820 700 760 600 Q720 540 800 500" stroke="#e3cfa5" stroke-width="90" fill="none"/>` +
      [150, 330, 480, 1050, 1220, 1400]
        .map((x, i) =>
          tree(x, 640 + (i % 2) * 60, 1.4 + (i % 3) * 0.3, i % 2 ? '#2f6b3a' : '#3d8446'),
        )
        .join(''),
  },
  biblioteca: {
    title: 'Scaffali di una biblioteca pieni di libri colorati',
    svg: () => {
      const r = rng(7);
      const colors = [
        '#c0392b',
        '#2e86c1',
        '#27ae60',
        '#f1c40f',
        '#8e44ad',
        '#e67e22',
        '#16a085',
        '#34495e',
      ];
      let s = `<rect width="${W}" height="${H}" fill="#6e4b2f"/>`;
      for (let shelf = 0; shelf < 4; shelf++) {
        const y = 40 + shelf * 215;
        s += `<rect x="40" y="${y + 180}" width="${W - 80}" height="22" fill="#4a3020"/>`;
        let x = 60;
        while (x < W - 100) {
          const w = 26 + Math.floor(r() * 30);
          const h = 120 + Math.floor(r() * 55);
          s += `<rect x="${x}" y="${y + 180 - h}" width="${w}" height="${h}" fill="${colors[Math.floor(r() * colors.length)]}"/>`;
          s += `<rect x="${x + 4}" y="${y + 200 - h}" width="${w - 8}" height="6" fill="#ffffff" opacity="0.5"/>`;
          x += w + 4;
        }
      }
      return s;
    },
  },
  teatro: {
    title: 'Il palcoscenico di un teatro con il sipario rosso aperto',
    svg: () =>
      `<rect width="${W}" height="${H}" fill="#1d1320"/>` +
      `<ellipse cx="800" cy="700" rx="520" ry="120" fill="#f7e3a1" opacity="0.35"/>` +
      `<rect x="0" y="760" width="${W}" height="140" fill="#5a3a22"/>` +
      Array.from(
        { length: 9 },
        (_, i) =>
          `<path d="M${i * 40} 0 Q${i * 40 + 30} 400 ${i * 60 + 20} 800 L${i * 60 + 60} 800 Q${i * 40 + 60} 400 ${i * 40 + 40} 0 Z" fill="${i % 2 ? '#a4161a' : '#c1121f'}"/>`,
      ).join('') +
      Array.from(
        { length: 9 },
        (_, i) =>
          `<path d="M${W - i * 40} 0 Q${W - i * 40 - 30} 400 ${W - i * 60 - 20} 800 L${W - i * 60 - 60} 800 Q${W - i * 40 - 60} 400 ${W - i * 40 - 40} 0 Z" fill="${i % 2 ? '#a4161a' : '#c1121f'}"/>`,
      ).join('') +
      `<rect width="${W}" height="90" fill="#8d0f14"/>` +
      Array.from(
        { length: 20 },
        (_, i) => `<circle cx="${i * 84 + 40}" cy="90" r="30" fill="#8d0f14"/>`,
      ).join(''),
  },
  mercato: {
    title: 'Bancarelle di un mercato con tende a strisce',
    svg: () => {
      let s =
        sky('#a9d6f5', '#fdf3e1') + `<rect y="700" width="${W}" height="200" fill="#cdbb9f"/>`;
      const colors = ['#d62828', '#2a9d8f', '#f77f00', '#3a86ff'];
      for (let i = 0; i < 4; i++) {
        const x = 60 + i * 390;
        s += `<rect x="${x + 20}" y="420" width="12" height="300" fill="#6b4f3a"/><rect x="${x + 318}" y="420" width="12" height="300" fill="#6b4f3a"/>`;
        for (let k = 0; k < 6; k++)
          s += `<polygon points="${x + k * 58},420 ${x + k * 58 + 58},420 ${x + k * 58 + 48},330 ${x + k * 58 + 10},330" fill="${k % 2 ? '#ffffff' : colors[i]}"/>`;
        s += `<rect x="${x}" y="600" width="350" height="40" fill="#8b6b4a"/>`;
        for (let k = 0; k < 8; k++)
          s += `<circle cx="${x + 30 + k * 40}" cy="585" r="18" fill="${['#e63946', '#ffb703', '#8ac926', '#fb8500'][(k + i) % 4]}"/>`;
      }
      return s;
    },
  },
  bicicletta: {
    title: 'Una pista ciclabile tra gli alberi con una bicicletta',
    svg: () =>
      sky('#bde0fe', '#f8fbff') +
      hill(560, 80, '#90c67c', 8) +
      `<polygon points="500,900 1100,900 860,560 740,560" fill="#c8553d"/>` +
      `<line x1="800" y1="900" x2="800" y2="560" stroke="#ffffff" stroke-width="8" stroke-dasharray="40 30"/>` +
      tree(300, 700, 1.5) +
      tree(1300, 700, 1.5) +
      tree(180, 620, 1) +
      tree(1450, 640, 1.1) +
      `<g stroke="#1f2937" stroke-width="12" fill="none"><circle cx="640" cy="760" r="80"/><circle cx="900" cy="760" r="80"/><path d="M640 760 L730 640 L860 640 L900 760 M730 640 L780 760 L860 640 M720 610 L760 610 M860 640 L850 600 L890 600"/></g>`,
  },
  scuola: {
    title: 'Un edificio scolastico moderno con un giardino',
    svg: () =>
      sky('#caf0f8', '#ffffff') +
      `<rect x="260" y="360" width="1080" height="400" fill="#f6bd60"/><rect x="260" y="330" width="1080" height="40" fill="#84a59d"/>` +
      Array.from(
        { length: 8 },
        (_, i) =>
          `<rect x="${310 + i * 130}" y="420" width="90" height="110" fill="#90e0ef"/><rect x="${310 + i * 130}" y="580" width="90" height="110" fill="#90e0ef"/>`,
      ).join('') +
      `<rect x="740" y="620" width="120" height="140" fill="#f28482"/>` +
      `<rect y="760" width="${W}" height="140" fill="#84c47c"/>` +
      tree(150, 800, 1.2) +
      tree(1460, 800, 1.3),
  },
  municipio: {
    title: 'La facciata del palazzo comunale con i portici',
    svg: () => {
      let s =
        sky('#8ecae6', '#e9f5fb') +
        `<rect x="200" y="220" width="1200" height="560" fill="#e9c46a"/><rect x="180" y="200" width="1240" height="40" fill="#c99a3b"/>`;
      for (let i = 0; i < 7; i++)
        s += `<path d="M${250 + i * 160} 780 L${250 + i * 160} 620 A60 60 0 0 1 ${370 + i * 160} 620 L${370 + i * 160} 780 Z" fill="#6d4c2f"/>`;
      for (let i = 0; i < 7; i++)
        s += `<rect x="${270 + i * 160}" y="300" width="80" height="150" rx="40" fill="#264653"/>`;
      s += `<rect x="740" y="120" width="120" height="90" fill="#c99a3b"/><rect x="790" y="60" width="6" height="70" fill="#333"/><rect x="796" y="60" width="50" height="30" fill="#2a9d8f"/>`;
      return s + `<rect y="780" width="${W}" height="120" fill="#bfae94"/>`;
    },
  },
  festa: {
    title: 'Luci e fuochi d’artificio sopra i tetti in una sera di festa',
    svg: () => {
      const r = rng(11);
      let s = sky('#0b1d3a', '#3c2a5c');
      for (let i = 0; i < 5; i++) {
        const cx = 200 + i * 300 + r() * 80;
        const cy = 160 + r() * 200;
        const c = ['#ffd166', '#ef476f', '#06d6a0', '#118ab2', '#f4a261'][i];
        for (let k = 0; k < 18; k++) {
          const a = (k / 18) * Math.PI * 2;
          s += `<line x1="${cx}" y1="${cy}" x2="${cx + Math.cos(a) * 110}" y2="${cy + Math.sin(a) * 110}" stroke="${c}" stroke-width="6" stroke-linecap="round"/>`;
        }
      }
      s += `<path d="M0 620 Q400 560 800 620 T1600 600" stroke="#ffe8a3" stroke-width="3" fill="none"/>`;
      for (let i = 0; i < 20; i++)
        s += `<circle cx="${i * 82 + 20}" cy="${600 + Math.sin(i) * 18}" r="12" fill="${['#ffd166', '#ef476f', '#06d6a0'][i % 3]}"/>`;
      s += `<path d="M0 900 L0 720 L160 720 L220 660 L280 720 L420 720 L420 680 L560 680 L560 740 L760 740 L820 650 L880 740 L1060 740 L1060 690 L1240 690 L1300 640 L1360 690 L1600 690 L1600 900 Z" fill="#1b1426"/>`;
      return s;
    },
  },
  pioggia: {
    title: 'Nuvole scure e pioggia battente su una strada',
    svg: () => {
      const r = rng(12);
      let s = sky('#4a5568', '#a0aec0');
      for (let i = 0; i < 7; i++)
        s += `<ellipse cx="${i * 260 + 60}" cy="${140 + r() * 60}" rx="220" ry="110" fill="#2d3748" opacity="0.9"/>`;
      for (let i = 0; i < 140; i++) {
        const x = r() * W;
        const y = 220 + r() * 600;
        s += `<line x1="${x}" y1="${y}" x2="${x - 18}" y2="${y + 50}" stroke="#e2e8f0" stroke-width="3" opacity="0.7"/>`;
      }
      return (
        s +
        `<rect y="780" width="${W}" height="120" fill="#2d3748"/><rect x="0" y="830" width="${W}" height="8" fill="#f6e05e"/>`
      );
    },
  },
  cantiere: {
    title: 'Transenne e segnali di un cantiere stradale',
    svg: () => {
      let s =
        sky('#ffe8cc', '#fff8f0') + `<rect y="640" width="${W}" height="260" fill="#5c5c5c"/>`;
      for (let i = 0; i < 3; i++) {
        const x = 160 + i * 480;
        s += `<rect x="${x}" y="480" width="360" height="70" fill="#ffffff"/>`;
        for (let k = 0; k < 6; k++)
          s += `<polygon points="${x + k * 60},550 ${x + k * 60 + 30},550 ${x + k * 60 + 60},480 ${x + k * 60 + 30},480" fill="#e63946"/>`;
        s += `<rect x="${x + 20}" y="550" width="16" height="150" fill="#333"/><rect x="${x + 324}" y="550" width="16" height="150" fill="#333"/>`;
      }
      s += `<polygon points="800,180 960,440 640,440" fill="#ffbe0b" stroke="#c1121f" stroke-width="18"/><rect x="792" y="440" width="16" height="200" fill="#333"/>`;
      for (let i = 0; i < 5; i++)
        s += `<polygon points="${120 + i * 330},860 ${160 + i * 330},740 ${200 + i * 330},860" fill="#fb8500"/><rect x="${140 + i * 330}" y="790" width="40" height="14" fill="#fff"/>`;
      return s;
    },
  },
  riciclo: {
    title: 'Contenitori colorati per la raccolta differenziata',
    svg: () => {
      let s =
        sky('#d8f3dc', '#ffffff') + `<rect y="720" width="${W}" height="180" fill="#b7b7a4"/>`;
      const bins = ['#2a9d8f', '#e9c46a', '#3a86ff', '#6c757d', '#8d5524'];
      bins.forEach((c, i) => {
        const x = 180 + i * 260;
        s += `<rect x="${x}" y="420" width="200" height="320" rx="18" fill="${c}"/><rect x="${x - 10}" y="390" width="220" height="44" rx="10" fill="${c}" stroke="#00000033" stroke-width="6"/><path d="M${x + 70} 560 l30 -50 l30 50 z M${x + 60} 600 h80" stroke="#ffffff" stroke-width="10" fill="none"/>`;
      });
      return s + tree(90, 760, 1) + tree(1520, 760, 1.1);
    },
  },
  consiglio: {
    title: 'La sala del consiglio comunale con i banchi disposti a semicerchio',
    svg: () => {
      let s = `<rect width="${W}" height="${H}" fill="#f1e3c8"/><rect y="0" width="${W}" height="120" fill="#c9a66b"/>`;
      for (let i = 0; i < 5; i++)
        s += `<rect x="${120 + i * 300}" y="150" width="160" height="300" rx="80" fill="#9ec5e8"/>`;
      for (let row = 0; row < 3; row++)
        s += `<path d="M${200 - row * 80} ${560 + row * 110} Q800 ${420 + row * 110} ${1400 + row * 80} ${560 + row * 110}" stroke="#7b4b2a" stroke-width="46" fill="none"/>`;
      s += `<rect x="680" y="470" width="240" height="90" fill="#5a361c"/><rect x="790" y="380" width="20" height="90" fill="#333"/>`;
      s += `<rect x="720" y="150" width="60" height="120" fill="#009246"/><rect x="780" y="150" width="60" height="120" fill="#ffffff"/><rect x="840" y="150" width="60" height="120" fill="#ce2b37"/>`;
      return s;
    },
  },
};

const credits = [
  '# Immagini dimostrative del Comune di Esempio',
  '',
  'Illustrazioni generate da `packages/theme/scripts/demo-images.mjs` (SVG disegnati nello script,',
  'convertiti in JPEG con sharp). Sono opera originale del progetto Piazza, rilasciate in pubblico',
  'dominio con [CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/deed.it): si possono usare,',
  'modificare e ridistribuire senza condizioni. Nessuna fotografia di terzi.',
  '',
  '| File | Soggetto | Autore | Licenza |',
  '| --- | --- | --- | --- |',
];
mkdirSync(dir, { recursive: true });
for (const [name, scene] of Object.entries(scenes)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${scene.svg()}</svg>`;
  const file = path.join(dir, `${name}.jpg`);
  const info = await sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toFile(file);
  credits.push(`| \`${name}.jpg\` | ${scene.title} | Progetto Piazza | CC0 1.0 |`);
  console.log(`${name}.jpg ${String(Math.round(info.size / 1024))} KB`);
}
writeFileSync(path.join(dir, 'CREDITS.md'), `${credits.join('\n')}\n`);
