package de.netzatlas.map.layer;

/** Point symbols; shapes differ as well as colours, so classes stay apart for colour-blind readers. */
public enum Symbol { CIRCLE, SQUARE, DIAMOND, TRIANGLE }
