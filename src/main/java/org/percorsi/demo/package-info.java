/**
 * Demo data modelled on the source documents (the Prato integration process,
 * the Imola strategic-plan process, the neighbourhood labs), loaded once into an
 * empty database through the same use cases people use. Turned off with
 * {@code percorsi.demo.enabled=false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.percorsi.demo;
