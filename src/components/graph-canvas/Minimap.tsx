import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isNodeType, TYPE_LOOK } from '../../lib/entity-look.ts';
import { useCy } from './cy-context.tsx';
import { FITTED } from './fit-view.ts';

/** Views with more nodes than this get an overview. */
export const MINIMAP_FROM = 200;
const WIDTH = 200;
const HEIGHT = 130;
/** Margin inside the overview, in its pixels (its dataset gives the rest of the map: scale, x1, y1). */
export const MINIMAP_PAD = 6;

function draw(cy: Core, canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || cy.destroyed()) return;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== WIDTH * ratio) {
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  const nodes = cy.nodes(':visible').filter((n) => !n.isParent());
  if (nodes.empty()) return;
  const drawn = nodes.boundingBox({ includeLabels: false });
  const view = cy.extent();
  // The nodes and the part on screen, both whole, centred.
  const x1 = Math.min(drawn.x1, view.x1);
  const y1 = Math.min(drawn.y1, view.y1);
  const w = Math.max(drawn.x2, view.x2) - x1;
  const h = Math.max(drawn.y2, view.y2) - y1;
  const scale = Math.min(
    (WIDTH - 2 * MINIMAP_PAD) / Math.max(w, 1),
    (HEIGHT - 2 * MINIMAP_PAD) / Math.max(h, 1),
  );
  const box = {
    x1: x1 - ((WIDTH - 2 * MINIMAP_PAD) / scale - w) / 2,
    y1: y1 - ((HEIGHT - 2 * MINIMAP_PAD) / scale - h) / 2,
  };
  const toX = (x: number) => MINIMAP_PAD + (x - box.x1) * scale;
  const toY = (y: number) => MINIMAP_PAD + (y - box.y1) * scale;
  nodes.forEach((n) => {
    const p = (n as NodeSingular).position();
    const type = String(n.data('type'));
    ctx.fillStyle = isNodeType(type) ? TYPE_LOOK[type].color : '#7b8794';
    ctx.fillRect(toX(p.x) - 1.5, toY(p.y) - 1.5, 3, 3);
  });
  ctx.strokeStyle = '#1f5f99';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(toX(view.x1), toY(view.y1), view.w * scale, view.h * scale);
  canvas.dataset.scale = String(scale);
  canvas.dataset.x1 = String(box.x1);
  canvas.dataset.y1 = String(box.y1);
}

/**
 * An overview of a large view: every node as a dot, the part on screen as a frame; pressing or dragging
 * on it moves the canvas there. (The keyboard moves the canvas with the arrows and F fits.)
 */
export function Minimap({ visibleNodes }: { visibleNodes: number }) {
  const { t } = useTranslation();
  const cy = useCy();
  const ref = useRef<HTMLCanvasElement>(null);
  const shown = visibleNodes > MINIMAP_FROM;

  useEffect(() => {
    const canvas = ref.current;
    if (!cy || !canvas || !shown) return;
    let frame = 0;
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw(cy, canvas));
    };
    cy.on('viewport position add remove style layoutstop resize', redraw);
    redraw();
    const moveTo = (event: PointerEvent) => {
      const scale = Number(canvas.dataset.scale);
      if (!scale) return;
      const r = canvas.getBoundingClientRect();
      const x = (event.clientX - r.left - MINIMAP_PAD) / scale + Number(canvas.dataset.x1);
      const y = (event.clientY - r.top - MINIMAP_PAD) / scale + Number(canvas.dataset.y1);
      const zoom = cy.zoom();
      cy.scratch(FITTED, false);
      cy.pan({ x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom });
    };
    const down = (event: PointerEvent) => {
      canvas.setPointerCapture(event.pointerId);
      moveTo(event);
    };
    const move = (event: PointerEvent) => {
      if (canvas.hasPointerCapture(event.pointerId)) moveTo(event);
    };
    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    return () => {
      cancelAnimationFrame(frame);
      cy.off('viewport position add remove style layoutstop resize', redraw);
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
    };
  }, [cy, shown]);

  if (!shown) return null;
  return (
    <canvas
      ref={ref}
      className="minimap"
      data-testid="minimap"
      style={{ width: WIDTH, height: HEIGHT }}
      role="img"
      aria-label={t('canvas.minimap')}
    />
  );
}
