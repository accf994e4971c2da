/**
 * The shared kernel: value types ({@code HospitalId}, {@code UserId}, {@code Role}, {@code JapanTime}) and the
 * application clock here, and one named interface per sub-package (tenant, audit, notification, workflow,
 * calendar, i18n, report, ui, snapshot). It depends on no other module; every module may use it (a shared module of the
 * application, see {@code RenkeiApplication}), and a new sub-package is exposed only by naming it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package jp.renkei.shared;
