/**
 * What the asset registers (Schulen ans Netz, ITN-XT Standorte, 5G/Mobilfunk) truly share: a
 * located asset (a WGS84 point in a Gemeinde of Sachsen-Anhalt, the Gemeinde derived from the point
 * when not given) with a status that moves along a register-specific workflow and keeps a dated
 * history, plus the validation rules around these (location inside the Land, known AGS, dates in
 * order, allowed status steps) and the repository part every register table shares
 * ({@link de.netzatlas.asset.AssetRepository}: live rows, versions, tombstones, demo rows). Each
 * register keeps its own record, fields, rules and screens.
 */
package de.netzatlas.asset;
