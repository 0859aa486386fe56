/**
 * Near-identical wording across the statements of different witnesses (flag 14): word shingles compared
 * as sets (robust to reordered sentences), chained into passages with character offsets in both texts
 * (robust to small edits), linear in the words of each pair.
 */
package org.tutela.core.screening.testimony;
