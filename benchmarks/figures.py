"""Turn the workers' raw JSON into the table's figures, each checked against its target."""

from __future__ import annotations

from typing import Any

from common import Figure

HOLD_CPU_RATIO = 1.2
HOLD_PAINTS_PER_S = 30.0
# Lateness is judged against the bare QTimer's under the same load, with an allowance in ms
# rather than as a bare ratio: under this load both are set by the 5 ms tasks the timer
# waits behind, not by the machine's speed, and a ratio of a few ms to a few ms swings.
LATE_ALLOWANCE_MS = 2.0
DRIFT_MS = 1.0  # "no growth": the last tenth of the holds at most this much later than the first
# Ratio targets, value / floor measured in the same run: 1 + what knotimer's own work on top
# of the floor's may cost, as a share of the floor (see the README's Performance section).
HIT_TEST_RATIO = 3.0  # a pixel read, and a check that the mask fits the size: twice its cost
CLICK_RATIO = 3.0  # hit-test, undo, today's list and the views: at most twice a bare click
TODAY_RATIO = 2.0  # summing in SQL and making the summaries: at most the plain fetch again
CSV_RATIO = 2.0  # objects, times, decimals and the formula guard: at most the plain dump again
HEAT_RATIO = 2.0  # summing, clustering and the field: at most the plain read again
PDF_DAY_RATIO = 1.5  # the same page laid out by the same Qt: header, footer, markers on top
PDF_PERIOD_RATIO = 2.0  # plus the recurring knots (as the heat map) and the charts
PERIOD_PAGES = 8


def _fig(
    key: str,
    label: str,
    value: float | None,
    unit: str,
    target: str,
    *,
    ok: bool | None,
    **detail: Any,
) -> Figure:
    return Figure(key, label, value, unit, target, ok, detail)


def ratio_figure(
    key: str,
    label: str,
    value: float,
    *,
    floor: float,
    target: float,
    unit: str,
    **detail: Any,
) -> Figure:
    """A figure judged as value / floor, both measured in the same run; both shown."""
    ratio = value / floor if floor > 0 else float("inf")
    digits = 2 if unit in ("%", "ms") and value < 10 else 1 if value < 100 else 0
    shown = f"{value:.{digits}f} {unit} vs {floor:.{digits}f} {unit}".replace(" %", "%")
    return Figure(
        key,
        label,
        ratio,
        "x",
        f"<= {target:g}x",
        ratio <= target,
        {"value": value, "floor": floor, "unit": unit, "shown": shown, **detail},
    )


def activity(raw: dict[str, Any]) -> list[Figure]:
    """Figures 3 and 4: idle and holding."""
    idle, hold, seconds = raw["idle"], raw["holding"], raw["seconds"]
    return [
        _fig(
            "idle_timer_events",
            f"Idle: knotimer's own timer events in {seconds:g} s",
            idle["own_timer_events"],
            "",
            "0",
            ok=idle["own_timer_events"] == 0,
            other_window_timer_events=idle["window_timer_events"],
            voluntary_switches_per_s=idle["voluntary_switches_per_s"],
            runs=idle["runs"],
        ),
        _fig(
            "idle_cpu",
            f"Idle: CPU over {seconds:g} s (% of a core)",
            idle["cpu_pct"],
            "%",
            "(info)",
            ok=None,
        ),
        _fig(
            "open_rss",
            "Peak RSS, window open a while, cues loaded",
            raw["open_rss_mib"],
            "MiB",
            "(info)",
            ok=None,
        ),
        ratio_figure(
            "holding_cpu",
            "Holding: CPU (x a bare window's ring at the dial's rate)",
            hold["cpu_pct"],
            floor=raw["holding_floor"]["cpu_pct"],
            target=HOLD_CPU_RATIO,
            unit="%",
            voluntary_switches_per_s=hold["voluntary_switches_per_s"],
            floor_runs=raw["holding_floor"]["runs"],
            dial_size=raw["dial_size"],
        ),
        _fig(
            "holding_repaints",
            "Holding: repaints of the window's widgets",
            hold["paints_per_s"],
            "/s",
            f"<= {HOLD_PAINTS_PER_S:g} /s",
            ok=hold["paints_per_s"] <= HOLD_PAINTS_PER_S,
            own_timer_events=hold["own_timer_events"],
            by_widget=hold["runs"][0]["paint_receivers"],
            runs=hold["runs"],
        ),
    ]


def _within(
    key: str, label: str, value: float, *, floor: float, allowance: float, **detail: Any
) -> Figure:
    """A lateness shown as value / floor (like _ratio), judged as value <= floor + allowance."""
    figure = ratio_figure(key, label, value, floor=floor, target=1.0, unit="ms", **detail)
    figure.target = f"<= 1x + {allowance:g} ms"
    figure.ok = value <= floor + allowance
    return figure


def timing(raw: dict[str, Any]) -> list[Figure]:
    """Figure 5: lateness of the hold's end under a busy event loop, against a bare QTimer's."""
    busy, n = raw["busy"], raw["busy"]["n"]
    floor = raw["qtimer_busy"]
    window = raw["window_cue_busy"]
    growth = raw["last_tenth_p50_ms"] - raw["first_tenth_p50_ms"]
    return [
        _fig(
            "late_min",
            f"Hold end lateness, min ({n} holds, busy loop)",
            busy["min_ms"],
            "ms",
            ">= 0 (never early)",
            ok=busy["min_ms"] >= 0,
        ),
        _fig("late_p50", "Hold end lateness, p50", busy["p50_ms"], "ms", "(info)", ok=None),
        _within(
            "late_p95",
            "Hold end lateness, p95 (x a bare PreciseTimer's, same load)",
            busy["p95_ms"],
            floor=floor["p95_ms"],
            allowance=LATE_ALLOWANCE_MS,
            floor_stats=floor,
            rounds=raw.get("rounds"),
        ),
        _fig("late_max", "Hold end lateness, max", busy["max_ms"], "ms", "(info)", ok=None),
        _within(
            "late_window_p95",
            "End cue through the real window, p95 (x the same floor)",
            window["p95_ms"],
            floor=floor["p95_ms"],
            allowance=LATE_ALLOWANCE_MS,
            **window,
        ),
        _fig(
            "late_drift",
            f"Drift: hold 1 vs hold {n} (last - first tenth)",
            growth,
            "ms",
            f"<= {DRIFT_MS:g} ms growth",
            ok=growth <= DRIFT_MS,
            shown=f"hold 1: {raw['first_ms']:.2f} ms, hold {n}: {raw['last_ms']:.2f} ms",
            slope_ms_per_100=raw["slope_ms_per_100"],
            samples_ms=raw["samples_ms"],
            quiet=raw.get("quiet"),
        ),
    ]


def diagram(raw: dict[str, Any]) -> list[Figure]:
    """Figure 6: hit-test lookup and click to marker painted, against bare Qt's."""
    hit, click = raw["hit_test"], raw["click"]
    return [
        ratio_figure(
            "hit_test",
            "Diagram hit-test at 1400 px (x a bare QImage pixel read)",
            hit["us_per_lookup"],
            floor=hit["floor_us_per_lookup"],
            target=HIT_TEST_RATIO,
            unit="us",
            mask_build_ms=hit["mask_build_ms"],
            hit_fraction=hit["hit_fraction"],
        ),
        ratio_figure(
            "click_to_paint",
            "Click on a muscle -> marker painted (x a bare widget's)",
            click["ms"],
            floor=click["floor_ms"],
            target=CLICK_RATIO,
            unit="ms",
            p95_ms=click["p95_ms"],
            floor_p95_ms=click["floor_p95_ms"],
            handler_ms=click["handler_ms"],
            floor_handler_ms=click["floor_handler_ms"],
            samples_ms=click["samples_ms"],
            floor_samples_ms=click["floor_samples_ms"],
            diagram_size=click["diagram_size"],
        ),
    ]


def history(raw: dict[str, Any]) -> list[Figure]:
    """Figure 7: the history of 100 000 holds, against the same rows read the plain way."""
    holds = f"{raw['holds']:,}".replace(",", " ")
    period = ratio_figure(
        "pdf_period",
        "Period report, ten years (x plain read + bare PDF)",
        raw["period_pdf_ms"] / 1000.0,
        floor=raw["period_pdf_floor_ms"] / 1000.0,
        target=PDF_PERIOD_RATIO,
        unit="s",
        pages=raw["period_pdf_pages"],
    )
    period.target = f"<= {PDF_PERIOD_RATIO:g}x, <= {PERIOD_PAGES} pages"
    period.ok = bool(period.ok) and raw["period_pdf_pages"] <= PERIOD_PAGES
    return [
        ratio_figure(
            "today_summary",
            f"Today view: Store.day_summary ({holds} holds; x a plain SELECT)",
            raw["day_summary_ms"],
            floor=raw["day_summary_floor_ms"],
            target=TODAY_RATIO,
            unit="ms",
            spots=raw["day_summary_spots"],
            floor_rows=raw["day_floor_rows"],
            day=raw["day"],
        ),
        _fig(
            "today_window",
            "Today view: MainWindow built + refreshed",
            raw["window_ms"],
            "ms",
            "(info: start-up's ratio)",
            ok=None,
            refresh_ms=raw["refresh_ms"],
            first_in_process_ms=raw["window_cold_ms"],
        ),
        ratio_figure(
            "heatmap_all",
            "Heat map over all (x a plain SELECT of its rows)",
            raw["heatmap_ms"],
            floor=raw["heatmap_floor_ms"],
            target=HEAT_RATIO,
            unit="ms",
            knots=raw.get("heatmap_knots"),
            cells=raw.get("heatmap_cells"),
            hot_share=raw.get("heatmap_hot_share"),
            shades=raw.get("heatmap_shades"),
        ),
        ratio_figure(
            "csv_all",
            f"CSV of everything ({holds} rows; x sqlite3 + csv.writer)",
            raw["csv_ms"] / 1000.0,
            floor=raw["csv_floor_ms"] / 1000.0,
            target=CSV_RATIO,
            unit="s",
            runs_ms=raw["csv_runs_ms"],
            floor_runs_ms=raw["csv_floor_runs_ms"],
            mib=raw["csv_mib"],
            floor_mib=raw["csv_floor_mib"],
        ),
        ratio_figure(
            "pdf_day",
            "One-day PDF (x plain read + bare PDF page)",
            raw["pdf_ms"],
            floor=raw["pdf_floor_ms"],
            target=PDF_DAY_RATIO,
            unit="ms",
            pages=raw["pdf_pages"],
        ),
        period,
    ]
