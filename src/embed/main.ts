import './embed.css';
import { ApiRequestError } from '../lib/api-client.ts';
import type { EmbedCanvas } from './canvas.ts';
import { edgeDetails, evidenceList, nodeDetails } from './details.ts';
import { connectHost, type HostCommand, hostOrigin } from './host-channel.ts';
import { loadEntityArticles, loadEvidence, loadTarget } from './load.ts';
import { buildModel, type EmbedModel } from './model.ts';
import { renderPage, renderStatus } from './page.ts';
import { pickLang, readEmbedParams } from './params.ts';
import { type EmbedStrings, STRINGS } from './strings.ts';

/**
 * The embed page (`/embed/entity/:id`, `/embed/article/:id`, `/embed/path?from=&to=`, `/embed/view/:id`):
 * one graph, its legend and caption, "open in guanxi", and the host-page API. Nothing else of the
 * explorer is loaded; Cytoscape comes in its own chunk, fetched while the data is being read.
 */
const canvasModule = import('./canvas.ts');

const PAN_STEP = 60;
const ZOOM_STEP = 1.25;

function setLang(lang: 'zh' | 'en'): void {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

async function start(root: HTMLElement): Promise<void> {
  const params = readEmbedParams(new URL(location.href));
  const guessLang = pickLang(params?.lang ?? null, null, navigator.language);
  setLang(guessLang);
  if (!params) {
    renderStatus(root, STRINGS[guessLang].badUrl, 'error');
    return;
  }
  renderStatus(root, STRINGS[guessLang].loading, 'loading');

  let loaded: Awaited<ReturnType<typeof loadTarget>>;
  try {
    loaded = await loadTarget(params.target, params.asOf, params.view);
  } catch (error) {
    const s = STRINGS[guessLang];
    renderStatus(
      root,
      error instanceof ApiRequestError && error.status === 404 ? s.notFound : s.failed,
      'error',
    );
    return;
  }
  performance.mark('guanxi:data');
  const lang = pickLang(
    params.lang,
    loaded.kind === 'view' ? loaded.snapshot.lang : null,
    navigator.language,
  );
  setLang(lang);
  const s = STRINGS[lang];
  const model = buildModel(loaded, params.target, s);
  document.title = `${model.title} · guanxi 关系`;
  const page = renderPage(root, model, s);
  const { createCanvas } = await canvasModule;
  performance.mark('guanxi:canvas-module');

  let evidenceRequest: AbortController | null = null;
  const show = (selected: { id: string; group: 'node' | 'edge' } | null) => {
    evidenceRequest?.abort();
    evidenceRequest = null;
    const found = selected ? details(selected, model, s) : [];
    const base = found.length ? found : null;
    if (selected?.group === 'edge' && model.live && base) {
      page.showDetails([...base, document.createTextNode(s.evidenceLoading)]);
      const request = new AbortController();
      evidenceRequest = request;
      loadEvidence(selected.id, request.signal)
        .then((evidence) => {
          if (!request.signal.aborted) page.showDetails([...base, ...evidenceList(evidence, s)]);
        })
        .catch(() => {
          if (!request.signal.aborted) page.showDetails(base);
        });
    } else {
      page.showDetails(base);
    }
  };

  const origin = hostOrigin({
    param: params.origin,
    badParam: params.badOrigin,
    ancestorOrigins: location.ancestorOrigins ? [...location.ancestorOrigins] : undefined,
    referrer: document.referrer,
  });
  const canvas = createCanvas(page.graph, model, {
    readings: lang === 'en',
    onSelect: (selected) => {
      show(selected);
      channel.send({ type: 'guanxi:select', id: selected?.id ?? null, group: selected?.group ?? null });
    },
    onHover: page.showHover,
  });
  performance.mark('guanxi:canvas');
  const onCommand = (command: HostCommand) => {
    switch (command.type) {
      case 'guanxi:highlight':
        canvas.highlight(command.id);
        break;
      case 'guanxi:focus': {
        const el = canvas.cy.getElementById(command.id);
        if (canvas.focus(command.id)) show({ id: command.id, group: el.isNode() ? 'node' : 'edge' });
        break;
      }
      case 'guanxi:fit':
        canvas.fit();
        break;
    }
  };
  const channel = connectHost(window, origin, onCommand);

  page.zoomIn.addEventListener('click', () => canvas.zoomBy(ZOOM_STEP));
  page.zoomOut.addEventListener('click', () => canvas.zoomBy(1 / ZOOM_STEP));
  page.fit.addEventListener('click', () => canvas.fit());
  page.onCloseDetails(() => {
    canvas.cy.elements().unselect();
    show(null);
  });
  page.graph.addEventListener('keydown', (event) => {
    if (keyAction(event.key, canvas, () => show(null))) event.preventDefault();
  });
  // The frame or the stage changed size (the iframe was resized, the sources line arrived): redraw, and
  // fit again while the reader has not moved the view.
  let fitting = false;
  let moved = false;
  canvas.cy.on('pan zoom', () => {
    if (!fitting) moved = true;
  });
  new ResizeObserver(() => {
    canvas.cy.resize();
    if (moved) return;
    fitting = true;
    canvas.fit();
    fitting = false;
  }).observe(page.graph);

  if (params.target.kind === 'entity') {
    // Sources are not needed for the first frame: read them alongside it.
    loadEntityArticles(params.target.id)
      .then((citations) => page.setCitations(citations))
      .catch(() => {});
  }
  await canvas.firstFrame;
  performance.mark('guanxi:first-frame');
  root.dataset.state = 'ready';
  root.setAttribute('aria-busy', 'false');
  channel.send({ type: 'guanxi:ready', nodes: model.nodes.length, edges: model.edges.length });
}

/** Keys on the focused graph: + and - zoom, 0 fits, arrows pan, Escape closes the details. */
function keyAction(key: string, canvas: EmbedCanvas, closeDetails: () => void): boolean {
  switch (key) {
    case '+':
    case '=':
      canvas.zoomBy(ZOOM_STEP);
      return true;
    case '-':
      canvas.zoomBy(1 / ZOOM_STEP);
      return true;
    case '0':
      canvas.fit();
      return true;
    case 'ArrowLeft':
      canvas.panBy(PAN_STEP, 0);
      return true;
    case 'ArrowRight':
      canvas.panBy(-PAN_STEP, 0);
      return true;
    case 'ArrowUp':
      canvas.panBy(0, PAN_STEP);
      return true;
    case 'ArrowDown':
      canvas.panBy(0, -PAN_STEP);
      return true;
    case 'Escape':
      closeDetails();
      return true;
    default:
      return false;
  }
}

function details(
  selected: { id: string; group: 'node' | 'edge' },
  model: EmbedModel,
  s: EmbedStrings,
): Node[] {
  if (selected.group === 'node') {
    const node = model.nodes.find((n) => n.id === selected.id);
    return node ? nodeDetails(node, s) : [];
  }
  const edge = model.edges.find((e) => e.id === selected.id);
  if (!edge) return [];
  return edgeDetails(edge, model, s);
}

const root = document.getElementById('embed');
if (root) void start(root);
