/**
 * The Thai area tree (province → district → subdistrict → village, DOPA codes) and the
 * identity-number rules shared by every service: national ID, house registration number, a keyed
 * hash for duplicate checks, and the Buddhist-Era fiscal year.
 *
 * <p>Plain Java with no dependencies and no CDI: services wrap it. All types are immutable and
 * thread-safe.
 */
package th.poverty.area;
