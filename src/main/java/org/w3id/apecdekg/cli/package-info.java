/** Sub-commands of the {@code apec-dekg} command line (picocli). */
package org.w3id.apecdekg.cli;
