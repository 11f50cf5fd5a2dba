document.addEventListener('DOMContentLoaded', function () {
  var s = document.getElementById('lang');
  if (s) { s.addEventListener('change', function () { window.location.href = s.value; }); }
});
