/**
 * Devices: which model, and under which brand, an IMEI belongs to.
 *
 * <p>{@link org.cordon.policy.device.Imei} reads an IMEI (Luhn-checked), an IMEISV or a bare TAC; its first eight
 * digits, the Type Allocation Code, name the model. {@link org.cordon.policy.device.TacTable} maps TACs to
 * {@link org.cordon.policy.device.DeviceModel}s, built from sources in order, a later source overriding an
 * earlier one for the same TAC:
 * <ul>
 *   <li>the Osmocom TAC database export ({@link org.cordon.policy.device.OsmocomTacReader}), crowd-sourced and
 *       CC-BY-SA 3.0, read from where the operator keeps it and never copied into the project;</li>
 *   <li>the project's curated rows ({@link org.cordon.policy.device.CuratedTacReader}), a CSV file with the
 *       header {@code tac,brand,model,source}: {@code tac} 8 digits, {@code brand} required, {@code model} may be
 *       empty, {@code source} the citation, required; {@code #} starts a comment line. The bundled
 *       {@code curated-tacs.csv} holds only its header until rows with a citation are added.</li>
 * </ul>
 *
 * <p>Bad rows are reported with file, line and field ({@link org.cordon.policy.device.TacProblem}); a lenient
 * read passes over them and succeeds, a strict read fails with all of them
 * ({@link org.cordon.policy.device.TacFileException}).
 *
 * <p>A TAC that no source knows stays unknown. Nothing here infers a maker or a country from a TAC's digits: the
 * first two name the allocating body (86 is China's TAF), and Lithuanian Teltonika devices carry TACs beginning
 * with 86.
 */
package org.cordon.policy.device;
